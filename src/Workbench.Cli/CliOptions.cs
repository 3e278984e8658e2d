namespace Workbench.Cli;

/// <summary>Parsed command line: the command and its options. A parse problem is reported in <see cref="Error"/>.</summary>
internal sealed record CliOptions(string? Command, string? Input, string SourceLang, string TargetLang, string Lang, bool Help, string? Error)
{
    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CliOptions(null, null, "id", "en", "id", false, null);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help" || (arg == "help" && options.Command is null))
            {
                options = options with { Help = true };
            }
            else if (arg is "-i" or "--input" or "--source-lang" or "--target-lang" or "--lang")
            {
                if (i + 1 >= args.Count)
                {
                    return options with { Error = $"option {arg} needs a value" };
                }

                var value = args[++i];
                options = arg switch
                {
                    "-i" or "--input" => options with { Input = value },
                    "--source-lang" => options with { SourceLang = value },
                    "--target-lang" => options with { TargetLang = value },
                    _ => options with { Lang = value },
                };
            }
            else if (arg.StartsWith('-') && arg != "-")
            {
                return options with { Error = $"unknown option '{arg}'" };
            }
            else if (options.Command is null)
            {
                options = options with { Command = arg };
            }
            else
            {
                return options with { Error = $"unexpected argument '{arg}'" };
            }
        }

        return options;
    }
}
