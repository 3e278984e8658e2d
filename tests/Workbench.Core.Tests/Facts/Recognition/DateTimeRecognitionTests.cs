using Workbench.Core.Facts;

namespace Workbench.Core.Tests.Facts.Recognition;

public class DateTimeRecognitionTests
{
    [Theory]
    [InlineData("Rapat digelar 29 Oktober 2024.", "id", "2024-10-29")]
    [InlineData("Rapat digelar Selasa, 29 Oktober 2024.", "id", "2024-10-29")]
    [InlineData("Rapat digelar pada 29/10/2024 di Jakarta.", "id", "2024-10-29")]
    [InlineData("Banjir terjadi Senin (13/1/2025).", "id", "2025-01-13")]
    [InlineData("Rapat digelar pada Oktober 2024.", "id", "2024-10")]
    [InlineData("Rapat digelar 29 Oktober lalu.", "id", "--10-29")]
    [InlineData("It was held on October 29, 2024.", "en", "2024-10-29")]
    [InlineData("It was held on Oct. 29, 2024.", "en", "2024-10-29")]
    [InlineData("It was held on 29 October 2024.", "en", "2024-10-29")]
    [InlineData("It was held in October 2024.", "en", "2024-10")]
    [InlineData("Krisis moneter tahun 1998 terjadi.", "id", "1998")]
    [InlineData("It happened in 1998.", "en", "1998")]
    public void Recognize_Date_NormalizesToIso(string text, string lang, string iso) =>
        Recognize.Single(text, lang, FactKind.Date).Value.Date.ToIsoString().ShouldBe(iso);

    [Theory]
    [InlineData("Rapat digelar Selasa, 29 Oktober 2024.", "id")]
    [InlineData("It was held on Tuesday, October 29, 2024.", "en")]
    public void Recognize_WeekdayWithDate_KeepsWeekday(string text, string lang) =>
        Recognize.Single(text, lang, FactKind.Date).Value.Date.Weekday.ShouldBe(DayOfWeek.Tuesday);

    [Theory]
    [InlineData("Rapat digelar pada Selasa.", "id", DayOfWeek.Tuesday)]
    [InlineData("Ia tiba Minggu pagi.", "id", DayOfWeek.Sunday)]
    [InlineData("The meeting was on Tuesday.", "en", DayOfWeek.Tuesday)]
    public void Recognize_WeekdayAlone_IsDateWithoutIso(string text, string lang, DayOfWeek day)
    {
        var date = Recognize.Single(text, lang, FactKind.Date).Value.Date;
        (date.Weekday, date.ToIsoString()).ShouldBe((day, (string?)null));
    }

    [Theory]
    [InlineData("Ia tiba Minggu lalu.")]
    [InlineData("Semoga Mei ini cerah, kata dia.")]
    public void Recognize_WeekAndMonthWordsInOtherSenses_AreNotDates(string text) =>
        FactRecognizer.Recognize(text, "id").Where(f => f.Kind == FactKind.Date && f.Value.Date.Weekday is not null).ShouldBeEmpty();

    [Fact]
    public void Recognize_DayRange_KeepsEndDay()
    {
        var date = Recognize.Single("Konferensi berlangsung 10-12 Desember 2024.", "id", FactKind.Date).Value.Date;
        (date.Day, date.EndDay, date.Month, date.Year).ShouldBe((10, 12, 12, 2024));
    }

    [Theory]
    [InlineData("Gempa terjadi pukul 14.32 WIB.", "id", "14:32", "WIB")]
    [InlineData("Gempa terjadi 14.32 WIB.", "id", "14:32", "WIB")]
    [InlineData("Gempa terjadi pukul 9 pagi.", "id", "09:00", null)]
    [InlineData("Gempa terjadi pukul 2 siang.", "id", "14:00", null)]
    [InlineData("Gempa terjadi pukul 7 malam.", "id", "19:00", null)]
    [InlineData("The quake struck at 14:32 WIB.", "en", "14:32", "WIB")]
    [InlineData("The quake struck at 2:32 p.m.", "en", "14:32", null)]
    [InlineData("The quake struck at 2 pm local time.", "en", "14:00", "local")]
    [InlineData("The quake struck at 12:15 a.m.", "en", "00:15", null)]
    [InlineData("The quake struck at midnight.", "en", "00:00", null)]
    [InlineData("Gempa terjadi tengah malam tadi.", "id", "00:00", null)]
    public void Recognize_Time_NormalizesToClock(string text, string lang, string clock, string? zone)
    {
        var fact = Recognize.Single(text, lang, FactKind.Time);
        (fact.Value.ToString(), fact.Unit).ShouldBe((clock, zone));
    }

    [Fact]
    public void Recognize_TimeRange_KeepsEnd()
    {
        var fact = Recognize.Single("Pemadaman pukul 10.00-15.00 WIB.", "id", FactKind.Time);
        (fact.Value.Time, fact.Value.TimeEnd).ShouldBe((new TimeOnly(10, 0), (TimeOnly?)new TimeOnly(15, 0)));
    }

    [Fact]
    public void Recognize_EnglishClockWithoutMeridiem_IsAmbiguous() =>
        Recognize.Single("It began at 2:30.", "en", FactKind.Time).Flags.HasFlag(FactFlags.Ambiguous).ShouldBeTrue();

    [Theory]
    [InlineData("Ia bekerja 24 jam sehari.")]
    [InlineData("Skor akhir 2:1 untuk tuan rumah.")]
    public void Recognize_DurationsAndScores_AreNotTimes(string text) =>
        FactRecognizer.Recognize(text, "id").Where(f => f.Kind == FactKind.Time).ShouldBeEmpty();
}
