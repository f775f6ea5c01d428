using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class EntryMetaSentenceTests
{
    [Fact]
    public void An_entry_in_no_category_opens_with_its_tags_and_names_the_day_and_the_writer()
    {
        Assert.True(EntryMetaSentence.TryRead("This entry was tagged lighthouses, museums, history on June 9, 2014 by Margaret Tolliver.", out var day, out var writer));
        Assert.Equal("2014-06-09", day.ToIso());
        Assert.Equal("Margaret Tolliver", writer);
    }

    [Theory]
    // No day and writer close it.
    [InlineData("This entry was tagged lighthouses, museums. Bookmark the permalink.")]
    // A sentence of the text that speaks of tagging.
    [InlineData("The entry was tagged by volunteers on June 9, 2014 by hand.")]
    public void Other_sentences_name_nobody(string line) => Assert.False(EntryMetaSentence.TryRead(line, out _, out _));

    [Fact]
    public void The_tags_end_before_the_day() =>
        Assert.Equal(["lighthouses", "museums", "history"], TagLineParser.TryRead("This entry was tagged lighthouses, museums, history on June 9, 2014 by Margaret Tolliver."));

    [Fact]
    public void Twenty_Elevens_writer_after_the_tags_is_no_tag() =>
        Assert.Equal(["EU", "fishing", "Grimsby"], TagLineParser.TryRead("This entry was posted in News and tagged EU, fishing, Grimsby by Lorna Walmsley. Bookmark the permalink."));

    [Fact]
    public void A_tag_holding_by_stays_whole() =>
        Assert.Equal(["covers", "Stand by Me"], TagLineParser.TryRead("This entry was posted in Music and tagged covers, Stand by Me. Bookmark the permalink."));
}
