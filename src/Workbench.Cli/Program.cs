using Workbench.Cli;

return await CliApp.RunAsync(args, Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error, Console.IsInputRedirected).ConfigureAwait(false);
