using System.Text;
using Workbench.Core.Facts;
using Workbench.Core.Facts.Profiles;

namespace Workbench.Cli;

/// <summary>The `workbench` command: argument handling, input opening and exit codes; the commands do the work.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int InputError = 1;
    public const int UsageError = 2;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<int> RunAsync(string[] args, Stream stdin, Stream stdout, TextWriter stderr, bool inputRedirected)
    {
        var options = CliOptions.Parse(args);
        if (options.Error is not null)
        {
            return await Usage(stderr, options.Error).ConfigureAwait(false);
        }

        if (options.Help || options.Command is null)
        {
            var help = new StreamWriter(stdout, new UTF8Encoding(false), leaveOpen: true);
            await using var disposeHelp = help.ConfigureAwait(false);
            await help.WriteLineAsync(HelpText.Text).ConfigureAwait(false);
            return options.Help ? Ok : UsageError;
        }

        if (options.Command is not ("qa" or "claims"))
        {
            return await Usage(stderr, $"unknown command '{options.Command}'").ConfigureAwait(false);
        }

        if (new[] { options.SourceLang, options.TargetLang, options.Lang }.FirstOrDefault(l => !FactRecognizer.Supports(l)) is { } unsupported)
        {
            return await Usage(stderr, $"language '{unsupported}' is not supported; supported languages: {LanguageProfiles.SupportedList}").ConfigureAwait(false);
        }

        var input = options.Input ?? (inputRedirected ? "-" : null);
        if (input is null)
        {
            return await Usage(stderr, "missing --input FILE (or pipe the input and use --input -)").ConfigureAwait(false);
        }

        // claims reports offsets into the text, which mean nothing if bytes were replaced: invalid UTF-8 is refused.
        var encoding = options.Command == "claims" ? StrictUtf8 : Encoding.UTF8;
        using var reader = TryOpen(input, stdin, encoding, out var error);
        if (reader is null)
        {
            await stderr.WriteLineAsync($"workbench: cannot read '{input}': {error}").ConfigureAwait(false);
            return InputError;
        }

        return options.Command == "qa"
            ? await QaCommand.RunAsync(reader, stdout, stderr, options.SourceLang, options.TargetLang).ConfigureAwait(false)
            : await ClaimsCommand.RunAsync(reader, stdout, stderr, input, options.Lang).ConfigureAwait(false);
    }

    /// <summary>The input as text, or null with the reason when it cannot be opened.</summary>
    private static StreamReader? TryOpen(string input, Stream stdin, Encoding encoding, out string? error)
    {
        error = null;
        try
        {
            return input == "-" ? new StreamReader(stdin, encoding) : new StreamReader(input, encoding);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error = e.Message;
            return null;
        }
    }

    private static async Task<int> Usage(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"workbench: {message}. Run 'workbench --help' for usage.").ConfigureAwait(false);
        return UsageError;
    }
}
