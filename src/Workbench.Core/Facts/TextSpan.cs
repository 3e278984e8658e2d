namespace Workbench.Core.Facts;

/// <summary>A range of a string in .NET string indices; <see cref="End"/> is exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>The text this span covers in <paramref name="text"/> (the string it was computed on).</summary>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }
}
