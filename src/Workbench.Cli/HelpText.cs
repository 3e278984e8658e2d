namespace Workbench.Cli;

internal static class HelpText
{
    public const string Text = """
        workbench — facts and figures checks for Indonesian ⇄ English news translation

        Usage:
          workbench qa --input FILE [--source-lang id] [--target-lang en]
          workbench claims --input FILE [--lang id]
          workbench --help

        Commands:
          qa       Check translations. Reads JSON Lines, one {"id", "source", "target"} object per line (other
                   fields are ignored; blank lines are skipped) and writes one JSON line per input line, in order:
                   {"id": …, "issues": [{"kind", "severity", "source", "target", "message", "code"}]}
                   kind: number | date | time | name | negation | untranslated | missing | punctuation
                   severity: error | warning; source/target: the offending text in each, or null.
          claims   List checkable facts in plain text. Writes a JSON array of
                   {"start", "end", "text", "kind", "value", "unit", "qualifier", "claimant", "max"}
                   kind: quantity | money | percent | date | time | quote | source | name
                   value: a number (10000, 2500000000, 9.03), an ISO date ("2025-01-12", "2024-10",
                   "--10-29" or "--10" without a year; null for a weekday alone), a time
                   ("14:32"), the cited outlet for sources, or null. start/end are UTF-16 string offsets, end
                   exclusive; max is the upper bound of a range (3.000 hingga 5.000) or null.

        Options:
          -i, --input FILE      Input file; "-" reads standard input (the default when input is piped).
          --source-lang LANG    Language of the source text for qa: id (default) or en.
          --target-lang LANG    Language of the translation for qa: en (default) or id.
          --lang LANG           Language of the text for claims: id (default) or en.
                                A region may follow (en-GB, id-ID); other languages are refused (exit 2).
          -h, --help            Show this help.

        Exit codes:
          0  success
          1  the input cannot be read: a missing or unreadable file; for claims also input that is not
             UTF-8 text (binary, NUL characters) or larger than 64 MB (nothing is written)
          2  bad arguments, or a malformed input line (its number is printed on standard error; the lines
             before it have been written, nothing of it)

        Examples:
          workbench qa --input segments.jsonl > issues.jsonl
          echo '{"id":1,"source":"Sekitar 10.000 tentara.","target":"About 10.000 troops."}' | workbench qa
          workbench claims --input article.txt --lang id
        """;
}
