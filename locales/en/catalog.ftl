# Labels of the catalog codes (crates/core/src/catalog). The id is the
# catalog and the code with dashes. Codes never change; labels may.

agency-public-employment-service = Public Employment Service (Arbetsförmedlingen)
agency-municipal-labour-market = Municipal labour-market unit
agency-social-services = Social services
agency-adult-education = Adult education and SFI
agency-health-care = Health care (the region)
agency-social-insurance = Social Insurance Agency (Försäkringskassan)
agency-migration-agency = Migration Agency (Migrationsverket)
agency-tax-agency = Swedish Tax Agency (Skatteverket)
agency-county-board = County board (Länsstyrelsen)
agency-school-office = Municipality: preschool and school
agency-housing-office = Housing office or landlord
agency-council-for-higher-education = Swedish Council for Higher Education (UHR)
agency-civil-society = Associations and volunteers
agency-myself = Myself

step-type-sfi-course = Swedish course (SFI)
step-type-civic-orientation = Civic orientation
step-type-internship = Internship (praktik)
step-type-work-training = Work training
step-type-labour-market-training = Labour-market training
step-type-validation = Validation of skills
step-type-study-motivation-course = Study-motivation course at a folk high school
step-type-vocational-education = Vocational education
step-type-job-search = Job search
step-type-health-appointment = Health appointment
step-type-parental-support = Support as a parent
step-type-housing-application = Housing application
step-type-other = Other

stage-intake = Getting started
stage-vision = Building a vision
stage-activity = Activity
stage-matching = Into work or studies

step-status-proposed = Proposed
step-status-planned = Planned
step-status-ongoing = Ongoing
step-status-done = Done
step-status-paused = Paused
step-status-cancelled = Cancelled

goal-status-active = Working on it
goal-status-reached = Reached
goal-status-dropped = Dropped

goal-kind-occupation = An occupation
goal-kind-studies = Studies
goal-kind-free-text = Something else

isced-level-isced-0 = Less than primary school
isced-level-isced-1 = Primary school
isced-level-isced-2 = Lower secondary school
isced-level-isced-3 = Upper secondary school
isced-level-isced-4 = Vocational training after upper secondary school
isced-level-isced-5 = Short university or college programme
isced-level-isced-6 = Bachelor's degree
isced-level-isced-7 = Master's degree
isced-level-isced-8 = Doctoral degree

language-level-first-language = First language
language-level-fluent = Fluent
language-level-good = Good, for daily life
language-level-basic = A little

recognition-not-applied = Not applied for
recognition-applied = Applied, waiting for an answer
recognition-recognised = Recognised
recognition-partly-recognised = Partly recognised
recognition-not-recognised = Not recognised

sensitive-category-health = Health
sensitive-category-family = Family
sensitive-category-financial = Money and financial support

life-area-household-economy = Household money
life-area-network = Network
life-area-welfare-system = Welfare and rights
life-area-housing = Housing
life-area-preschool = Preschool and childcare
life-area-health = Health
life-area-work-studies = Work or studies
life-area-swedish-language = Swedish language

life-area-household-economy-description = Money for food, rent and bills, and planning so that the money lasts.
life-area-network-description = People you can turn to: family, friends, neighbours and associations.
life-area-welfare-system-description = Knowing how help from society works in Sweden and using it: Försäkringskassan, health care, school, and your rights and duties.
life-area-housing-description = A safe place to live, your rental contract, and looking for a home.
life-area-preschool-description = A place for your children at preschool or other childcare, so that you can work or study.
life-area-health-description = How you feel in body and mind, and getting care when you need it.
life-area-work-studies-description = Your way to a job or an education: your goal, courses, internships and looking for work.
life-area-swedish-language-description = Learning Swedish and using it every day: at SFI, at work and with other people.

level-in-crisis = In crisis
level-struggling = Hard
level-getting-help = Better with help
level-mostly-managing = Mostly on my own
level-managing = On my own
level-not-relevant = Not relevant now

level-in-crisis-description = I need help now. It is an emergency.
level-struggling-description = It is hard, and I do not get the help I need.
level-getting-help-description = I get help, and that makes it easier.
level-mostly-managing-description = I manage most of it myself, but sometimes I need help.
level-managing-description = I manage this on my own.
level-not-relevant-description = This does not matter for me right now.

obstacle-no-childcare = No childcare for my children
obstacle-health = My health
obstacle-language-requirement = They ask for more Swedish than I know
obstacle-missing-documents = I am missing papers
obstacle-missing-recognition = My education or job is not recognised yet
obstacle-entry-requirements = The requirements keep me out
obstacle-missing-basic-education = I need more basic schooling
obstacle-transport = Hard to get there
obstacle-unstable-housing = No stable place to live
obstacle-caring-for-family = I care for someone in my family
obstacle-parental-leave = Long parental leave
obstacle-not-knowing-rights = I do not know my rights, duties and options
obstacle-discrimination = I am treated unfairly (discrimination)
obstacle-other = Something else

obstacle-status-open = Open
obstacle-status-being-handled = Being handled
obstacle-status-solved = Solved

# Why a participant shares part of their record.
purpose-joint-planning = To plan together
purpose-apply-step = To apply for a step
purpose-follow-up = To follow up how it goes
purpose-evaluate-step = To help evaluate the steps
purpose-other = Something else

# The parts of the record that can be shared.
section-profile = About me
section-contacts = My contacts
section-background = My background
section-goals = My goals
section-steps = My steps
section-checkins = My life: check-ins
section-obstacles = Obstacles
section-notes = Notes
