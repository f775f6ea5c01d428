using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Finnish, Hungarian, Romanian and Croatian months, days, clock words and story-line labels in <see cref="DateWords"/>.</summary>
public class FinnishHungarianRomanianCroatianDateWordsTests
{
    [Theory]
    [InlineData("Julkaistu: 26.9.2013 klo 17.42", "2013-09-26T17:42:00")]
    [InlineData("26. syyskuuta 2013 klo 17.42", "2013-09-26T17:42:00")]
    [InlineData("torstai 26.9.2013", "2013-09-26")]
    [InlineData("2013. szeptember 26., csütörtök 17:42", "2013-09-26T17:42:00")]
    [InlineData("2013.09.26. 18:04", "2013-09-26T18:04:00")]
    [InlineData("26 septembrie 2013, 17:42", "2013-09-26T17:42:00")]
    [InlineData("Joi, 26 septembrie 2013", "2013-09-26")]
    [InlineData("Objavljeno: 26.09.2013. u 17:42", "2013-09-26T17:42:00")]
    [InlineData("Četvrtak, 26. rujna 2013.", "2013-09-26")]
    [InlineData("3. prosinca 2013.", "2013-12-03")]
    public void A_story_line_reads_as_its_date(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("acum 2 ore")]
    [InlineData("2 tuntia sitten")]
    public void A_relative_time_names_no_instant(string line)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Null(time.ToIso());
    }

    [Theory]
    [InlineData("2013. szeptember 26., csütörtök 17:42   Frissítve: 19:05")]
    [InlineData("Julkaistu: 26.9.2013 klo 17.42   |   Päivitetty: 26.9.2013 klo 19.05")]
    [InlineData("26 septembrie 2013, 17:42   |   Actualizat: 19:05")]
    [InlineData("Objavljeno: 26.09.2013. u 17:42   Ažurirano: 26.09.2013. u 19:05")]
    public void The_update_after_the_publish_time_is_its_own(string line) =>
        Assert.True(MetadataLine.UpdateWords.IndexIn(line) > 0);

    [Theory]
    [InlineData("Lucrările vor începe abia în septembrie, a spus primarul.")]
    [InlineData("A munka szeptember végén indulhat, ha megjön a pénz.")]
    [InlineData("Hirvet liikkuvat syyskuussa ja lokakuussa eniten.")]
    public void A_sentence_naming_a_month_is_no_date_line(string line) =>
        Assert.False(DateLineParser.TryParseLine(line, out _));
}
