namespace Workbench.Core.Facts.Data;

/// <summary>
/// News agencies and outlets that Indonesian and English news cite, one per line, without a leading "The".
/// "According to Reuters" cites a source while "according to Rutte" quotes a person, and only a list tells an
/// outlet's name from a person's; outlets missing here are still found after their kind ("kantor berita Antara",
/// "state news agency KCNA reported").
/// </summary>
internal static class NewsOutletData
{
    public const string Names = """
        Reuters
        AFP
        Agence France-Presse
        AP
        Associated Press
        Al Jazeera
        Al Arabiya
        BBC
        CNN
        CNN Indonesia
        CNBC
        CNBC Indonesia
        Bloomberg
        Xinhua
        TASS
        RIA Novosti
        Interfax
        Sputnik
        Kyodo
        Yonhap
        NHK
        Bernama
        KCNA
        IRNA
        Anadolu
        Anadolu Agency
        WAFA
        Antara
        Kompas
        Kompas.com
        Tempo
        Detik
        detikcom
        Medcom
        Metro TV
        Tribunnews
        Liputan6
        Kumparan
        Republika
        Media Indonesia
        Okezone
        Sindonews
        Jakarta Post
        Jakarta Globe
        Straits Times
        South China Morning Post
        Guardian
        New York Times
        Washington Post
        Wall Street Journal
        Financial Times
        Axios
        Politico
        Sky News
        Fox News
        NBC News
        CBS News
        ABC News
        NPR
        Voice of America
        VOA
        Deutsche Welle
        DW
        Euronews
        Haaretz
        Times of Israel
        Kyiv Independent
        Ukrainska Pravda
        Nikkei
        Arab News
        """;
}
