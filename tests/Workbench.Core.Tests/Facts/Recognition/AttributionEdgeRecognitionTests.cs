using Workbench.Core.Facts;

namespace Workbench.Core.Tests.Facts.Recognition;

public class AttributionEdgeRecognitionTests
{
    [Theory]
    [InlineData("Kapolda Metro Jaya Irjen Karyoto menegaskan, \"Pelaku sudah kami tangkap.\"", "Kapolda Metro Jaya Irjen Karyoto")]
    [InlineData("Namun Rutte telah mengatakan bahwa “ini berbahaya.”", "Rutte")]
    [InlineData("Sementara itu Menteri Keuangan Sri Mulyani mengatakan, “Defisit aman.”", "Menteri Keuangan Sri Mulyani")]
    public void Recognize_SpeakerOpeningSentence_KeepsTitleDropsConnector(string text, string claimant) =>
        Recognize.Single(text, "id", FactKind.Quote).Claimant.ShouldBe(claimant);

    [Theory]
    [InlineData("“Harga cabai naik,” jelas Kepala Dinas Perdagangan Jakarta, Rudi Hartono, Senin (13/1/2025).", "Kepala Dinas Perdagangan Jakarta, Rudi Hartono")]
    [InlineData("“Harga cabai naik,” kata Rutte, Senin.", "Rutte")]
    [InlineData("\"Prices are rising,\" said the head of the trade office, Rudi Hartono.", "the head of the trade office, Rudi Hartono")]
    public void Recognize_SpeakerTitleWithNameInApposition_ClaimantIncludesName(string text, string claimant) =>
        Recognize.Single(text, text.Contains("said", StringComparison.Ordinal) ? "en" : "id", FactKind.Quote).Claimant.ShouldBe(claimant);

    [Theory]
    [InlineData("id", "Warga Ukraina 'tidak takut', kata Rutte.", "'tidak takut'")]
    [InlineData("en", "Ukraine's army said 'enough' on Jum'at.", "'enough'")]
    public void Recognize_StraightSingleQuotes_AreQuotation(string lang, string text, string quote) =>
        Recognize.Single(text, lang, FactKind.Quote).GetText(text).ShouldBe(quote);

    [Theory]
    [InlineData("en", "The troops' positions and Ukraine's army held.")]
    [InlineData("id", "Jum'at lalu, harga naik di Sumatera.")]
    public void Recognize_Apostrophes_AreNotQuotation(string lang, string text) =>
        FactRecognizer.Recognize(text, lang).Where(f => f.Kind == FactKind.Quote).ShouldBeEmpty();
}
