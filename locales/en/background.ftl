# My background (kartläggning): education, work, the time before the
# residence permit, skills, certificates, driving licence. Then the
# occupation picker (labels from the JobTech list are Swedish only).

background-title = My background
background-lead = What you have learned and done, in Sweden and in other countries. Write it here once. Then you do not have to tell it again at every office.
background-none = Nothing here yet.
background-saved = Saved.
# { $name } is the entry, in the person's own words.
background-deleted = { $name } is deleted.
background-delete-question = Do you want to delete { $name }?
background-change = Change
background-delete = Delete
background-cancel = Cancel
background-not-given = Not given
background-country-none = Not given
background-years-less = Less than a year
background-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
background-dates = { $start } to { $end }
background-since = From { $start }
background-until = Until { $end }

background-education-title = Education
background-education-hint = School, university, courses and vocational training.
background-education-add = Add an education
background-education-new = Add an education
background-education-edit = Change an education
background-education-untitled = Education
background-education-level = Level
background-education-level-unknown = I do not know
background-education-field = Subject or programme
background-education-field-hint = For example: nursing, mechanics, law.
background-education-occupation = The job it trained you for (find it in the list)
background-education-country = Country
background-education-years = How long was it?
background-education-completed = I finished this education
background-education-documents = I have the diploma or other papers with me
background-education-recognition = Is it recognised in Sweden?
background-education-recognition-hint = In Sweden, the Swedish Council for Higher Education (UHR) checks education from other countries.
background-education-finished = Finished
background-education-not-finished = Not finished
background-education-has-documents = Papers with me
background-education-no-documents = Papers not with me
background-education-recognition-fact = Recognised in Sweden: { $status }

background-work-title = Work
background-work-hint = Jobs you have had, in Sweden or in another country. Paid or unpaid.
background-work-add = Add a job
background-work-new = Add a job
background-work-edit = Change a job
background-work-which = Which job?
background-work-occupation = Find the job in the list
background-work-own-words = The job in your own words
background-work-own-words-hint = Write it here if you did not find the job in the list.
background-work-need-title = Choose a job from the list, or write the job in your own words.
background-work-country = Country
background-work-years = How long did you work?
background-work-tasks = What did you do at work?
background-work-tasks-hint = For example: I cooked for 200 people every day.

background-asylum-title = Before your residence permit
background-asylum-hint = What you learned or did while you waited for the decision on asylum. For example a course, volunteer work or a job. It counts too.
background-asylum-add = Add something you did
background-asylum-new = What did you do before your residence permit?
background-asylum-edit = Change something you did before your residence permit
background-asylum-what = What did you do or learn?
background-asylum-what-hint = For example: I interpreted for others at the accommodation.
background-asylum-description = Tell more, if you want
background-asylum-start = First day
background-asylum-end = Last day

background-skills-title = Skills
background-skills-hint = Things you are good at. For example: driving a forklift, sewing, computers, speaking Dari.
background-skills-add = Add a skill
background-skills-new = Add a skill
background-skills-edit = Change a skill
background-skill-name = The skill

background-certificates-title = Certificates
background-certificates-hint = Papers that show a course or a licence. For example a forklift licence or a course in food hygiene.
background-certificates-add = Add a certificate
background-certificates-new = Add a certificate
background-certificates-edit = Change a certificate
background-certificate-name = What does it show?
background-certificate-issuer = Who gave it?
background-certificate-year = Year

background-licence-title = Driving licence
background-licence-hint = A driving licence from Sweden or from another country.
background-licence-none = You have not added a driving licence.
background-licence-add = Add a driving licence
background-licence-new = Add a driving licence
background-licence-edit = Change the driving licence
background-licence-classes = Classes on the card
background-licence-classes-hint = For example: B, or B and C1.
background-licence-country = Country that gave it
background-licence-name = Driving licence { $classes }

occupation-hint = Write a few letters of the job. The list is in Swedish.
occupation-results = { $count ->
    [one] { $count } job found. Use the arrow keys to choose.
   *[other] { $count } jobs found. Use the arrow keys to choose.
}
occupation-none-found = No job found. Try another word.
occupation-chosen = Your choice:
occupation-chosen-status = Chosen: { $name }
occupation-remove = Remove the choice
occupation-ssyk = SSYK { $code }
occupation-unknown = A job that is not in this list
