# Labels of the catalog codes (crates/core/src/catalog). The id is the
# catalog and the code with dashes. Codes never change; labels may.

agency-public-employment-service = Public Employment Service (Arbetsförmedlingen)
agency-municipal-labour-market = Municipal labour-market unit
agency-social-services = Social services
agency-adult-education = Adult education and SFI
agency-health-care = Health care (the region)
agency-social-insurance = Social Insurance Agency (Försäkringskassan)
agency-migration-agency = Migration Agency (Migrationsverket)
agency-county-board = County board (Länsstyrelsen)
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
