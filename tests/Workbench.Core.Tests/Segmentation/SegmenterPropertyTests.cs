using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Segmentation;

public class SegmenterPropertyTests
{
    private static readonly NumberFormatInfo Indonesian = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    private static readonly string[] Tokens =
    [
        "Presiden", "tiba", "di", "Jakarta", "AS", "Jl.", "No.", "5", "10.000", "2,5", "Rp3,2", "triliun", "pukul",
        "14.32", "WIB.", "dr.", "B.", "J.", "dll.", "...", "…", "“Kami", "khawatir,”", "ucapnya.", "\"Siap?\"", "tanya",
        "dia.", "(AFP)", "(WIL)", "medcom.id.", "U.S.", "Mr.", "Baca", "juga:", "Washington:", "-", "•", "?", "!",
        "TERKAIT", "Google", "News", "29/10/2024", "a.n.", "Okt.", "S.H.,", "M.Si.",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", "  ", "\u00A0", " \u00A0", "\t"];

    private static Gen<string> ParagraphGen =>
        Gen.Elements(Tokens).Zip(Gen.Elements(Spaces), (token, space) => token + space)
            .NonEmptyListOf()
            .Select(parts => string.Concat(parts));

    private static Gen<string> IndonesianNumberGen =>
        Gen.OneOf(
            Gen.Choose(1000, int.MaxValue).Select(n => n.ToString("#,0", Indonesian)),
            Gen.Choose(1, 99_999).Select(n => (n / 100m).ToString("#,0.0#", Indonesian)),
            Gen.Choose(1, 999).Zip(Gen.Choose(0, 9), (n, d) => $"Rp{n},{d} triliun"),
            Gen.Choose(0, 23).Zip(Gen.Choose(0, 59), (h, m) => $"{h:00}.{m:00} WIB"),
            Gen.Choose(1, 28).Zip(Gen.Choose(1, 12), (d, m) => $"{d:00}/{m:00}/2024"),
            Gen.Choose(1, 999).Select(n => $"{n},5%"));

    [Property(MaxTest = 300)]
    public Property Segment_AnyText_LosesNoVisibleCharacter() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            text ??= string.Empty;
            var segmented = string.Concat(Segmenter.Segment(text).Select(s => s.Text));
            return Visible(segmented) == Visible(text);
        });

    [Property(MaxTest = 300)]
    public Property Segment_ParagraphsSeparatedByBlankLines_EachParagraphReproducesItsText() =>
        Prop.ForAll(ParagraphGen.NonEmptyListOf().ToArbitrary(), paragraphs =>
        {
            var segments = Segmenter.Segment(string.Join("\n \n", paragraphs));
            return paragraphs.Select((paragraph, i) =>
                    Visible(string.Concat(segments.Where(s => s.Paragraph == i).Select(s => s.Text))) == Visible(paragraph))
                .All(same => same);
        });

    [Property(MaxTest = 300)]
    public Property Segment_IndonesianNumberInsideSentence_NeverSplits() =>
        Prop.ForAll(IndonesianNumberGen.ToArbitrary(), number =>
        {
            var sentence = $"Nilainya mencapai {number} pada pekan lalu.";
            var segments = Segmenter.Segment(sentence);
            return segments.Count == 1 && segments[0].Text == sentence;
        });

    [Property(MaxTest = 300)]
    public Property Segment_IndonesianNumberEndingSentence_SplitsOnlyAfterIt() =>
        Prop.ForAll(IndonesianNumberGen.ToArbitrary(), number =>
        {
            var first = $"Jumlahnya tercatat {number}.";
            var segments = Segmenter.Segment($"{first} Mereka datang.");
            return segments.Select(s => s.Text).SequenceEqual([first, "Mereka datang."]);
        });

    private static string Visible(string text) => new(text.Where(c => !Whitespace.IsBlank(c)).ToArray());
}
