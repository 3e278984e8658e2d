namespace Workbench.Features.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Create demo users and a demo document at start. Refused outside Development.</summary>
    public bool Enabled { get; set; }
}
