using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace Workbench.Core.Data;

/// <summary>
/// One parsed data file: its columns and rows. Files are tab-separated, UTF-8, with one header line naming the
/// columns; blank lines and lines starting with '#' are comments. A line "#! case-sensitive" before the header makes
/// the file's words match case-sensitively (the default is case-insensitive). See Data/README.md.
/// </summary>
internal sealed class DataTable(string name, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows, bool caseSensitive)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Columns { get; } = columns;

    public IReadOnlyList<string[]> Rows { get; } = rows;

    public bool CaseSensitive { get; } = caseSensitive;

    public StringComparer Comparer => CaseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>The index of a column by its header name.</summary>
    public int Column(string column)
    {
        for (var c = 0; c < Columns.Count; c++)
        {
            if (Columns[c] == column)
            {
                return c;
            }
        }

        throw new InvalidDataException($"{Name} has no column '{column}' (its columns: {string.Join(", ", Columns)}).");
    }

    /// <summary>The cells of one column, optionally only of the rows whose <paramref name="whereColumn"/> is <paramref name="equals"/>.</summary>
    public IEnumerable<string> Values(string column, string? whereColumn = null, string? equals = null)
    {
        var c = Column(column);
        var w = whereColumn is null ? -1 : Column(whereColumn);
        foreach (var row in Rows)
        {
            if (w < 0 || row[w] == equals)
            {
                yield return row[c];
            }
        }
    }

    /// <summary>A set of one column's cells, with the file's case sensitivity; lookups from spans allocate nothing.</summary>
    public FrozenSet<string> Set(string column, string? whereColumn = null, string? equals = null) =>
        Values(column, whereColumn, equals).ToFrozenSet(Comparer);
}

/// <summary>
/// The one loader of the language data files under src/Workbench.Core/Data, embedded in the assembly as
/// "Data/&lt;folder&gt;/&lt;file&gt;.tsv". Each file is read and parsed once, on first use, and kept; callers turn
/// it into the frozen sets and dictionaries they look words up in.
/// </summary>
internal static class DataFiles
{
    private const string Prefix = "Data/";
    private static readonly Assembly Assembly = typeof(DataFiles).Assembly;
    private static readonly ConcurrentDictionary<string, Lazy<DataTable>> Tables = new(StringComparer.Ordinal);

    // Resource names carry the folder as MSBuild wrote it ('\' when built on Windows): files are named with '/'.
    private static readonly Dictionary<string, string> Resources = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
        .ToDictionary(n => n[Prefix.Length..].Replace('\\', '/'), StringComparer.Ordinal);

    /// <summary>Every embedded data file, as "id/lexicon.tsv".</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Resources.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when the data file <paramref name="name"/> ("id/exonyms.tsv") exists.</summary>
    public static bool Exists(string name) => Resources.ContainsKey(name);

    /// <summary>The parsed file <paramref name="name"/> ("id/lexicon.tsv").</summary>
    public static DataTable Load(string name) =>
        Tables.GetOrAdd(name, static n => new Lazy<DataTable>(() => Parse(n, ReadText(n)))).Value;

    /// <summary>A one-column word list (or one column of a file) as a frozen set.</summary>
    public static FrozenSet<string> Words(string name, string column = "word") => Load(name).Set(column);

    /// <summary>The raw text of an embedded file, for the validation test.</summary>
    public static string ReadText(string name)
    {
        using var stream = (Resources.TryGetValue(name, out var resource) ? Assembly.GetManifestResourceStream(resource) : null)
            ?? throw new InvalidDataException($"The data file '{name}' is not embedded in {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Parses a file's text. A row whose cell count differs from the header's is refused with the file and line:
    /// the data would otherwise be read into the wrong fields. Cells are taken as written (the validation test
    /// refuses stray spaces rather than the loader hiding them).
    /// </summary>
    internal static DataTable Parse(string name, string text)
    {
        string[]? columns = null;
        var rows = new List<string[]>();
        var caseSensitive = false;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.EndsWith('\r') ? rawLine[..^1] : rawLine;
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                caseSensitive |= line[2..].Trim() == "case-sensitive";
                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells;
                continue;
            }

            if (cells.Length != columns.Length)
            {
                throw new InvalidDataException($"{name}, line {lineNumber}: {cells.Length} cells where the header names {columns.Length} ({string.Join(", ", columns)}).");
            }

            rows.Add(cells);
        }

        return new DataTable(name, columns ?? throw new InvalidDataException($"{name} has no header line."), rows, caseSensitive);
    }
}
