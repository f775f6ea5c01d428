using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>"Heather Lindqvist" / "Boulder Ridge Pets Gazetteer" / … / the date: a contributor network's author card under the headline.</summary>
public class WriterTitleUnderNameTests
{
    private const string Page = """
        Pets / Dogs

        Cedar Valley shelter waives adoption fees for senior dogs this weekend

        Heather Lindqvist
        {0}

        Subscribe 412 subscribers
        Get instant alerts when new articles are posted.

        March 13, 2012 7:18 PM MDT

        Tweet Email Print

        The Cedar Valley Animal Shelter will waive adoption fees for all dogs 7 years and older this Saturday and Sunday, as it tries to find homes for 23 older dogs.

        Senior dogs are often the last to be adopted, shelter director Wendy Lassiter said, even though many are already house-trained and calmer than puppies.
        """;

    [Theory]
    [InlineData("Boulder Ridge Pets Gazetteer")]
    [InlineData("National Parenting Examiner")]
    [InlineData("Denver Dog Examiner")]
    public void The_title_under_the_writers_name_is_no_headline(string title)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page.Replace("{0}", title)), "page.txt");

        Assert.Equal("Cedar Valley shelter waives adoption fees for senior dogs this weekend", page.Title);
        Assert.Equal(["Heather Lindqvist"], page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void The_title_line_needs_the_name_right_over_it_and_the_date_under_the_card()
    {
        var lines = new PageLines(Lines(
            "Heather Lindqvist", "Boulder Ridge Pets Gazetteer", "", "Subscribe 412 subscribers", "", "March 13, 2012 7:18 PM MDT"));
        Assert.True(WriterTitleUnderName.Is(lines, 1, lines.Count));

        var blankBetween = new PageLines(Lines("Heather Lindqvist", "", "Boulder Ridge Pets Gazetteer", "", "March 13, 2012 7:18 PM MDT"));
        Assert.False(WriterTitleUnderName.Is(blankBetween, 2, blankBetween.Count));

        var textUnder = new PageLines(Lines(
            "Heather Lindqvist", "Boulder Ridge Pets Gazetteer", "", "The shelter will waive adoption fees this weekend, its director said on Tuesday."));
        Assert.False(WriterTitleUnderName.Is(textUnder, 1, textUnder.Count));
    }

    [Theory]
    [InlineData("Why the council is wrong about parking")]
    [InlineData("Storm closes schools")]
    [InlineData("Dogs: 23 wait for homes")]
    public void A_headline_under_a_columnists_name_stays_a_headline_candidate(string headline)
    {
        var lines = new PageLines(Lines("Heather Lindqvist", headline, "", "March 13, 2012 7:18 PM MDT"));

        Assert.False(WriterTitleUnderName.Is(lines, 1, lines.Count));
    }

    private static List<TextLine> Lines(params string[] lines) => TextLine.Split(string.Join('\n', lines));
}
