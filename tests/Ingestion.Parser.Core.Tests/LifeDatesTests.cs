using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LifeDatesTests
{
    [Fact]
    public void Birth_and_death_dates_across_a_dash_are_life_dates() =>
        Assert.True(LifeDates.Is("May 4, 1931 - September 23, 2013"));

    [Fact]
    public void Iso_birth_and_death_dates_across_a_spaced_dash_are_life_dates() =>
        Assert.True(LifeDates.Is("1931-05-04 - 2013-09-23"));

    [Fact]
    public void An_iso_events_span_over_new_year_is_no_life() =>
        Assert.False(LifeDates.Is("2012-12-30 - 2013-01-02"));

    [Fact]
    public void An_events_span_over_new_year_is_no_life() =>
        Assert.False(LifeDates.Is("Dec. 30, 2012 - Jan. 2, 2013"));

    [Fact]
    public void A_sentence_is_no_life_dates() =>
        Assert.False(LifeDates.Is("He was born in 1931 - the year the dam was finished - and died here."));

    [Fact]
    public void Life_dates_give_no_publish_time()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("May 4, 1931 - September 23, 2013", ref found));
        Assert.Null(found.Time);
    }

    [Fact]
    public void Iso_life_dates_are_no_date_line_but_a_single_iso_date_is()
    {
        var lines = new PageLines(TextLine.Split("1931-05-04 - 2013-09-23\n2013-09-27"));

        Assert.False(lines.TryParseDate(0, out _));
        Assert.True(lines.TryParseDate(1, out var published));
        Assert.Equal(new DateOnly(2013, 9, 27), published.Date);
    }

    [Fact]
    public void The_name_over_the_life_dates_is_found()
    {
        var lines = new PageLines(TextLine.Split("The Pioneer\n\nHarold James Benning\nMay 4, 1931 - September 23, 2013\n\nHarold James Benning, 82, died Monday."));

        Assert.Equal(2, LifeDates.NameAbove(lines, 5));
    }

    [Fact]
    public void A_sentence_over_the_life_dates_is_no_name()
    {
        var lines = new PageLines(TextLine.Split("He lived a long life.\nMay 4, 1931 - September 23, 2013\n\nHe died Monday."));

        Assert.Equal(-1, LifeDates.NameAbove(lines, 3));
    }
}
