namespace Workbench.Core.Import;

/// <summary>Size limits for imported documents.</summary>
/// <param name="MaxFileBytes">Largest accepted file, in bytes, before extraction.</param>
/// <param name="MaxTextBytes">Largest accepted extracted text, in UTF-8 bytes.</param>
public sealed record ImportLimits(long MaxFileBytes = 10 * 1024 * 1024, int MaxTextBytes = 2 * 1024 * 1024)
{
    public static ImportLimits Default { get; } = new();
}
