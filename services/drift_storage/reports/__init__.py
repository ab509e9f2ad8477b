"""Reports of a project's violations and gates in the formats their consumers read (SARIF, JSON,
HTML, JUnit XML, SonarQube, console text, GitHub workflow commands, GitLab Code Quality): one
module per format, each an async generator of text pieces over ``rows.ReportSource``, and
``formats`` that names them and cuts their text into the chunks StreamReport sends."""
