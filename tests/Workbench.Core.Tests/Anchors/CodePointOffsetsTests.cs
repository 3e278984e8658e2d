using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Core.Anchors;

namespace Workbench.Core.Tests.Anchors;

public class CodePointOffsetsTests
{
    // "Rina 👋 di Jakarta": the waving hand (U+1F44B) is two UTF-16 code units, one code point.
    private const string Emoji = "Rina \U0001F44B di Jakarta";

    // "café" with a combining acute accent: five code units, five code points, four visible characters.
    private const string Combining = "cafe\u0301 enak";

    [Fact]
    public void ToCodePoints_AsciiText_IsTheSameOffset()
        => CodePointOffsets.ToCodePoints("Kalimat pertama.", 8).ShouldBe(8);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 5)]   // before the emoji
    [InlineData(7, 6)]   // after it: two code units, one code point
    [InlineData(8, 7)]   // "di" starts one earlier in code points
    [InlineData(18, 17)] // end of text
    public void ToCodePoints_AfterEmoji_CountsThePairOnce(int utf16, int codePoints)
    {
        CodePointOffsets.ToCodePoints(Emoji, utf16).ShouldBe(codePoints);
        CodePointOffsets.ToUtf16(Emoji, codePoints).ShouldBe(utf16);
    }

    [Fact]
    public void ToCodePoints_InsideSurrogatePair_Throws()
    {
        CodePointOffsets.IsBoundary(Emoji, 6).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => CodePointOffsets.ToCodePoints(Emoji, 6)).Message.ShouldContain("surrogate pair");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(19)]
    public void ToCodePoints_OutsideTheText_Throws(int offset)
        => Should.Throw<ArgumentOutOfRangeException>(() => CodePointOffsets.ToCodePoints(Emoji, offset));

    [Fact]
    public void ToUtf16_PastTheLastCodePoint_Throws()
        => Should.Throw<ArgumentOutOfRangeException>(() => CodePointOffsets.ToUtf16(Emoji, 18)).Message.ShouldContain("17 code points");

    [Fact]
    public void ToCodePoints_CombiningMark_IsItsOwnCodePoint()
    {
        // Code points, not graphemes: W3C selectors count the accent separately, as .NET does.
        CodePointOffsets.ToCodePoints(Combining, 5).ShouldBe(5);
        CodePointOffsets.CodePointCount(Combining).ShouldBe(Combining.Length);
        CodePointOffsets.IsBoundary(Combining, 4).ShouldBeTrue();
    }

    [Fact]
    public void ToCodePoints_RangeAroundEmoji_ConvertsBothEnds()
    {
        var start = Emoji.IndexOf('\uD83D', StringComparison.Ordinal);

        CodePointOffsets.ToCodePoints(Emoji, start, start + 2).ShouldBe((5, 6));
        CodePointOffsets.ToUtf16(Emoji, 5, 6).ShouldBe((5, 7));
        Emoji[5..7].ShouldBe("\U0001F44B");
    }

    [Fact]
    public void ToCodePoints_ConsecutiveEmojiAndFlag_CountsEachPair()
    {
        // A flag is two regional indicators, each a surrogate pair: 4 code units, 2 code points.
        const string text = "\U0001F1EE\U0001F1E9\U0001F600x";

        CodePointOffsets.CodePointCount(text).ShouldBe(4);
        CodePointOffsets.ToCodePoints(text, 6).ShouldBe(3);
        CodePointOffsets.ToUtf16(text, 2).ShouldBe(4);
    }

    [Fact]
    public void ToCodePoints_UnpairedSurrogate_CountsAsOneCodePoint()
    {
        const string text = "a\uD83Db\uDC00c";

        CodePointOffsets.CodePointCount(text).ShouldBe(5);
        CodePointOffsets.IsBoundary(text, 2).ShouldBeTrue();
        CodePointOffsets.ToUtf16(text, 4).ShouldBe(4);
    }

    [Fact]
    public void ToCodePoints_RangeWithStartAfterEnd_Throws()
        => Should.Throw<ArgumentOutOfRangeException>(() => CodePointOffsets.ToCodePoints(Emoji, 3, 2));

    private static readonly Gen<string> MixedText =
        Gen.Elements("a", "é", "e\u0301", "\U0001F44B", "\U0001F1EE\U0001F1E9", "中", " ", "\uD83D", "\uDC00", "10.000")
            .ListOf().Select(parts => string.Concat(parts));

    [Property(MaxTest = 300)]
    public Property ToCodePoints_AnyBoundary_MatchesRuneCountAndRoundTrips() =>
        Prop.ForAll(MixedText.ToArbitrary(), text =>
            Enumerable.Range(0, text.Length + 1).Where(i => CodePointOffsets.IsBoundary(text, i)).All(i =>
            {
                // Rune enumeration is the reference: a lone surrogate becomes one replacement rune.
                var codePoints = CodePointOffsets.ToCodePoints(text, i);
                return codePoints == text[..i].EnumerateRunes().Count() && CodePointOffsets.ToUtf16(text, codePoints) == i;
            }));
}
