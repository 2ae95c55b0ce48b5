report tests/cli/fixtures/small.lua tests/cli/fixtures/small.csv -o /nonexistent/dir/report.html
