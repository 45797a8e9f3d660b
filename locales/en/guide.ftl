# The agency guide: what each agency can help a newcomer with, and the usual
# steps with it. The agency codes are the ones in catalog.ftl. One step a line.

guide-title = Agencies and what they do
guide-lead = Here you can see who can help you with what, so you know where to go.
guide-help-heading = What they can help with
guide-steps-heading = Usual steps
guide-your-steps = { $count ->
    [one] You have one step with them.
   *[other] You have { $count } steps with them.
}
guide-your-contacts = Your contacts there:
guide-none-yet = You have no steps with them yet.

guide-public-employment-service-help = Arbetsförmedlingen (the Public Employment Service) helps you find a job or a way into studies. If you are new in Sweden, you may be in the establishment programme. There you can learn Swedish, do an internship or a course, and get your skills checked (validation). If you agree, they can plan together with the municipality and others, so you do not have to tell everything again and again.
guide-public-employment-service-steps =
    You register at Arbetsförmedlingen.
    You meet a case worker. Ask for an interpreter if you need one.
    You make a plan together: what you will do, and when.
    You take part in activities, for example SFI, an internship or a course.
    If you are in the establishment programme, you apply for money (establishment benefit) at Försäkringskassan.
    You and your case worker follow up the plan and change it when needed.

guide-municipal-labour-market-help = The municipality's labour-market unit helps you get closer to a job, near where you live. They can offer work training, sometimes a job at the municipality for a while, and guidance. They often work together with social services, Arbetsförmedlingen and SFI.
guide-municipal-labour-market-steps =
    Often social services or Arbetsförmedlingen sends you there.
    Sometimes you meet them together with Arbetsförmedlingen and SFI.
    You talk about what you have done before and what you want to do.
    You make a plan together.
    You start an activity, for example work training.
    You meet regularly and follow up how it goes.

guide-social-services-help = Social services (Socialtjänsten) are part of the municipality. You can apply there for financial assistance (ekonomiskt bistånd) if you do not have enough money to live on. They also support families and children. If you have nowhere to live, contact them.
guide-social-services-steps =
    You apply for financial assistance at social services.
    You show what money you have and what you must pay.
    A social worker looks at your situation and decides.
    Usually you must be registered at Arbetsförmedlingen and take part in activities.
    Usually you apply again every month.
    Tell them if something changes, for example your income or your family.

guide-adult-education-help = Adult education (vuxenutbildningen, often called Komvux) is run by the municipality. There you can learn Swedish at SFI (Swedish for immigrants). You can also study school subjects at primary and upper-secondary level, and take vocational courses. A study and career counsellor helps you choose.
guide-adult-education-steps =
    You sign up for SFI in your municipality.
    They find out what you already know and give you a place at the right level.
    You go to the lessons and study.
    You talk with a study and career counsellor about what to study next.
    You apply for more courses, for example school subjects or vocational training.
    You get a grade or a certificate when you finish.

guide-health-care-help = Health care is run by the region: go to your health centre (vårdcentral) when you are ill or need advice. Many newcomers are offered a free health examination. You can also get help if you feel bad after hard experiences (trauma). Call 1177 for health advice, day and night.
guide-health-care-steps =
    You call your health centre or 1177, or book a time at 1177.se.
    When you book, say if you need an interpreter.
    You meet a nurse or a doctor.
    They can send you on, for example to trauma care.
    The doctor can write a certificate if an agency needs one.
    In an emergency, call 112.

guide-social-insurance-help = Försäkringskassan (the Social Insurance Agency) pays out different kinds of money. For example: establishment benefit in the establishment programme, parental benefit when you are at home with your child, child allowance, and housing allowance. You can get help with applying at a service office (servicekontor).
guide-social-insurance-steps =
    You apply on their website or at a service office.
    You send in the papers they ask for.
    Försäkringskassan decides and sends you a letter.
    The money comes to your bank account.
    Tell them at once if something changes, for example your income, your address or your family.

guide-migration-agency-help = Migrationsverket (the Migration Agency) decides on residence permits and on extending them. They also decide if your family can come to live with you in Sweden (family reunification). If you cannot use a passport from your home country, you can apply to them for a travel document. Keep all letters you get from them.
guide-migration-agency-steps =
    You apply, often on the website migrationsverket.se.
    You may be called to a meeting or an interview. You can get an interpreter.
    You wait for a decision. It can take a long time.
    You get the decision in a letter. Ask for help if you do not understand it.
    If you do not agree, you can appeal. The letter says how.
    If your permit is temporary, apply for an extension before it ends.

guide-tax-agency-help = Skatteverket (the Swedish Tax Agency) keeps the population register (folkbokföring). When you have a residence permit and will live in Sweden for at least a year, you register there at your address. Then you get a personal identity number (personnummer). You need it for the bank, health care, work and much more. If you cannot be registered, you may get a coordination number (samordningsnummer) instead. Skatteverket also gives out ID cards and takes care of taxes. A service office (servicekontor) can help you.
guide-tax-agency-steps =
    You register at Skatteverket that you live in Sweden. Go to a service office (servicekontor) and bring your passport and your residence permit card.
    Skatteverket decides and sends you a letter. Then you have a personal identity number (personnummer).
    You book a time at a service office and apply for an ID card (identitetskort). You pay a fee. If you have no passport, ask what you can do.
    When you move, tell Skatteverket your new address within a week. You can do it on skatteverket.se.
    When you work, tax is taken from your pay.
    Every spring you get your tax return (deklaration). Check it and send it in before the date in the letter.

guide-county-board-help = The county board (Länsstyrelsen) is the state's office in your county, your part of Sweden. It plans with the municipalities how many newcomers each municipality receives. It also supports the municipality's civic orientation, where you learn about life in Sweden in your own language. Usually you do not need to contact them yourself.
guide-county-board-steps =
    Usually you do not meet the county board yourself.
    The municipality gives you a place in civic orientation (samhällsorientering).
    You take the course in your own language, or in a language you know well.
    You learn about rights and duties, work, health and children in Sweden.
    Ask the municipality or SFI if you have not been offered a place.

guide-school-office-help = The municipality is responsible for preschool and school. Children can go to preschool (förskola) from the age of one. The fee (maxtaxa) depends on your income. School is compulsory from the year your child turns six, in the preschool class (förskoleklass). School and school lunch are free. Children who are new in Sweden get a place quickly. They can get lessons in their own language (modersmålsundervisning) and help with school work in that language (studiehandledning).
guide-school-office-steps =
    You apply for a place in preschool at the municipality, often on its website. The municipality must offer a place within four months.
    You tell them your income. The fee (maxtaxa) depends on it.
    If your child is of school age, you contact the municipality. Your child gets a place in a school quickly.
    The school finds out what your child already knows. Then your child starts in a class.
    Ask about lessons in your child's own language (modersmålsundervisning) and help in that language (studiehandledning).
    You meet the teacher regularly. Ask for an interpreter if you need one.

guide-housing-office-help = It can take a long time to find a home in Sweden. Many municipalities have a housing queue (bostadskö). Register early, because the time in the queue counts. You can also rent from a private landlord (hyresvärd). If the municipality gave you your first home when you came (bosättningslagen), the contract may be for a limited time. Ask the municipality what happens next. The Tenants' Association (Hyresgästföreningen) can give you advice.
guide-housing-office-steps =
    You register in the housing queue (bostadskö), often on the municipality's website. Do it early.
    You look for apartments and apply for them. Answer quickly when you get an offer.
    You sign a contract. A first-hand contract (förstahandskontrakt) with the landlord is the safest. If you rent from another tenant (andrahand), get the contract in writing.
    You may get housing allowance (bostadsbidrag) from Försäkringskassan, for example if you have children. Apply on their website.
    If something in your home is broken, tell the landlord.
    If you have problems with the landlord, ask the Tenants' Association (Hyresgästföreningen) for advice.

guide-council-for-higher-education-help = Universitets- och högskolerådet (UHR, the Swedish Council for Higher Education) looks at education from other countries and says what it is worth in Sweden (bedömning av utländsk utbildning). It can be upper-secondary school, vocational training after it, or university. You get a statement, so that employers and schools understand your education. It is free. The statement is not a licence: some jobs, for example doctor, nurse or teacher, need a licence (legitimation) from another agency.
guide-council-for-higher-education-steps =
    You apply on the website uhr.se. It is free. Arbetsförmedlingen or SFI can help you.
    You send copies of your diplomas and of the lists of your courses and grades. UHR tells you if they must be translated.
    If you are missing papers, ask UHR what you can do.
    You wait for the statement. It can take some months.
    You show the statement to employers and schools. Keep a copy.
    For a job that needs a licence, you apply to the right agency, for example Socialstyrelsen for health care jobs or Skolverket for teachers.

guide-civil-society-help = Associations and volunteers are not agencies. With them you can meet people, build a network and practise Swedish. It can be the Red Cross (Röda korset), a language café, a church or a mosque, or a sports club. You can also help others as a volunteer.
guide-civil-society-steps =
    Ask at the library, the municipality or SFI which associations are near you.
    Go to a language café and practise Swedish.
    Try an activity you like, for example sport or cooking.
    Become a member if you like it.
    Help others as a volunteer. It also gives you experience to put in your CV.

guide-myself-help = You are the one who meets all the agencies, and you can do a lot yourself. Keep your papers and bring your record to meetings. Say what you need, and ask when you do not understand. You have the right to an interpreter at agencies, and you decide what you share.
guide-myself-steps =
    Keep all letters and papers in one place.
    Write your steps and meetings in Etapp.
    Say in advance if you need an interpreter.
    Bring your record to meetings. Show only what you want to share.
    Ask what each step is for, and how it helps you reach your goal.
    Say what you need and what is hard for you.
