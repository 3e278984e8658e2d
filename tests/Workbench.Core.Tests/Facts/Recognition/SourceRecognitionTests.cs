using Workbench.Core.Facts;

namespace Workbench.Core.Tests.Facts.Recognition;

public class SourceRecognitionTests
{
    private static List<(string Span, string? Name)> Sources(string text, string lang) =>
        FactRecognizer.Recognize(text, lang).Where(f => f.Kind == FactKind.Source).Select(f => (f.GetText(text), f.Value.Text)).ToList();

    [Theory]
    [InlineData("According to Reuters, at least 40 people died.", "According to Reuters", "Reuters")]
    [InlineData("Forty people died, according to the Associated Press.", "according to the Associated Press", "Associated Press")]
    [InlineData("Reuters reported that oil prices fell 3 percent.", "Reuters reported", "Reuters")]
    [InlineData("Oil prices fell, The New York Times reported on Monday.", "The New York Times reported", "New York Times")]
    [InlineData("Citing ministry data, the agency said poverty fell to 9.03 percent.", "Citing ministry data", "ministry data")]
    [InlineData("Poverty fell to 9.03 percent, according to government figures.", "according to government figures", "government figures")]
    public void Recognize_EnglishCitedSource_SpanAndName(string text, string span, string name) =>
        Sources(text, "en").ShouldBe([(span, name)]);

    [Theory]
    [InlineData("Menurut Reuters, sedikitnya 40 orang tewas.", "Menurut Reuters", "Reuters")]
    [InlineData("Kantor berita Antara melaporkan 40 orang tewas.", "Antara melaporkan", "Antara")]
    public void Recognize_IndonesianOutletCited_IsSource(string text, string span, string name) =>
        Sources(text, "id").ShouldBe([(span, name)]);

    [Theory]
    [InlineData("en", "According to Mark Rutte, the alliance is ready.")]
    [InlineData("en", "Rutte said the alliance is ready.")]
    [InlineData("id", "Menurut Singh, pasukan sudah tiba.")]
    public void Recognize_PersonQuoted_IsNotSource(string lang, string text) =>
        Sources(text, lang).ShouldBeEmpty();

    [Theory]
    [InlineData("Sekitar 10.000 tentara disebut Kementerian Pertahanan Amerika Serikat atau Pentagon telah dikirim ke Rusia.", "Kementerian Pertahanan Amerika Serikat atau Pentagon")]
    [InlineData("Sebanyak 12 orang ditangkap, dikatakan oleh Kapolda Metro Jaya Irjen Karyoto di Jakarta.", "Kapolda Metro Jaya Irjen Karyoto")]
    public void Recognize_PassiveAttribution_AgentIsClaimant(string text, string claimant) =>
        FirstQuantityClaimant(text).ShouldBe(claimant);

    [Fact]
    public void Recognize_PassiveVerbWithoutAgent_HasNoClaimant() =>
        FirstQuantityClaimant("Sebanyak 10.000 tentara disebut sebagai pasukan elite.").ShouldBeNull();

    private static string? FirstQuantityClaimant(string text) => Recognize.Numbers(text, "id")[0].Claimant;
}
