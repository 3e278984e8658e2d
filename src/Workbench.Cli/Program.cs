using Workbench.Cli;

using var stdin = Console.OpenStandardInput();
using var stdout = Console.OpenStandardOutput();
return await CliApp.RunAsync(args, stdin, stdout, Console.Error, Console.IsInputRedirected).ConfigureAwait(false);
