using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PictureUnderStandfirstTests
{
    [Theory]
    [InlineData("Hattenbrück. Rund 24.000 Haushalte müssen ab Mai tiefer in die Tasche greifen.", true)]
    [InlineData("Près de 800 tracteurs ont convergé jeudi matin vers Paris. La FNSEA réclame un moratoire.", false)]
    [InlineData("Paris. Les agriculteurs sont venus.", true)]
    public void A_lead_that_opens_with_the_place_is_the_texts_start(string line, bool place) =>
        Assert.Equal(place, PictureUnderStandfirst.OpensWithPlace(line));

    [Fact]
    public void The_text_starts_under_the_story_points()
    {
        var lines = new PageLines(TextLine.Split("Story Highlights\nAbout 5.5 million policies were in force last year\nThe biggest drop came in inland counties\n\nWASHINGTON — The number of Americans fell."));
        Assert.Equal(4, PictureUnderStandfirst.TextUnderPoints(lines, 0, lines.Count));
    }

    [Fact]
    public void Without_a_summary_label_the_text_starts_where_it_is()
    {
        var lines = new PageLines(TextLine.Split("WASHINGTON — The number of Americans fell.\n\nMore text here."));
        Assert.Equal(0, PictureUnderStandfirst.TextUnderPoints(lines, 0, lines.Count));
    }
}
