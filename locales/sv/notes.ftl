# Anteckningar: text med datum, för det som inte passar någon annanstans,
# var och en på det språk den är skriven på. Språkens namn kommer från
# webbläsaren (Intl), inte härifrån.

notes-title = Anteckningar
notes-lead = Skriv ner det du vill komma ihåg: vad som sades på ett möte, eller en fråga till nästa gång. Du kan skriva på vilket språk som helst.
notes-loading = Hämtar dina anteckningar…
notes-add = Skriv en anteckning
notes-empty = Du har inga anteckningar än.
notes-list = Dina anteckningar
notes-saved = Anteckningen är sparad.
notes-deleted = Anteckningen är borttagen.
notes-written-in = Skriven på { $language }
notes-edit = Ändra
notes-delete = Ta bort
notes-delete-title = Ta bort den här anteckningen?
notes-delete-what = Anteckningen från { $date }:

notes-form-new = Ny anteckning
notes-form-edit = Ändra anteckningen
notes-form-date = Anteckningens datum
notes-form-date-missing = Välj anteckningens dag.
notes-form-language = Vilket språk skriver du på?
notes-form-language-hint = Så att andra vet vilket språk anteckningen är på.
notes-form-text = Din anteckning
notes-form-save = Spara anteckningen
notes-form-cancel = Avbryt
