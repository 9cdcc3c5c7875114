package org.mentorkit.cli;

import org.mentorkit.model.Program;

/** The README that {@code mentorkit init} writes for a coordinator: what the files are and what to run next. */
final class CoordinatorReadme {

    private CoordinatorReadme() {
    }

    static String text(Program program) {
        return """
                # Your mentorship program folder

                This folder was created by `mentorkit init` from the built-in program "%s".

                ## The files

                - `program.json`: your program: its name, organising society, start date, length, how often groups
                  meet, group sizes, the weights used when forming groups, and your society's own categories
                  (vocabularies) for career stage, specialty, gender, race/ethnicity and age. Edit it in any text
                  editor; keep the quotes and commas. Its `language` (now `%s`) is the language participants and
                  the committee read: session guides, calendars, schedules and other documents are written in it
                  (`mentorkit languages` lists the languages; `--language` on a command overrides it once).
                - `applicants.csv`: one row per applicant (mentees and mentors). The first row names the columns.
                  Open it in a spreadsheet, replace the example row, and save it as CSV (UTF-8). Several values in one
                  cell are separated by `;` (for example `grant writing; leadership`). If your membership system
                  exports other column names, map them in `program.json` under `applicantColumns`.

                ## Next steps

                1. Check your files: `mentorkit validate program.json applicants.csv`
                   Every problem is listed with its file, line or field, and what was expected.
                2. See every command: `mentorkit --help`, and `mentorkit COMMAND --help` for one command.

                Questions about the program itself go to its coordinators%s.
                """.formatted(program.name(), program.language(),
                program.contactEmail().isEmpty() ? "" : " (" + program.contactEmail() + ")");
    }
}
