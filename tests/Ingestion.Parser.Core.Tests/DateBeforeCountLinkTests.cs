using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateBeforeCountLinkTests
{
    [Theory]
    [InlineData("12. März 2013 14:05 Uhr Kommentare 23", "2013-03-12T14:05:00")]
    [InlineData("March 12, 2013 9:05 AM | 14 Comments", "2013-03-12T09:05:00")]
    public void The_words_before_the_threads_count_link_are_the_date(string line, string expected)
    {
        Assert.True(DateBeforeCountLink.TryParse(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("Kommentare 23")]
    [InlineData("Der Rat tagte am 12. März 2013 und beschloss 23 Kommentare")]
    public void Other_lines_give_no_date(string line) => Assert.False(DateBeforeCountLink.TryParse(line, out _));
}
