using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReadMoreTeaserRunTests
{
    private static PageLines Lines(params string[] texts) => new([.. texts.Select(line => new TextLine(0, line))]);

    private const string FirstExcerpt = "The good folks at the Harbour Choir are still doing their thing, and now two old rock stars joined them on stage […]";
    private const string SecondExcerpt = "The latest podcast from the network looks into the backroom deals of the families who have run the province for a century.";

    [Fact]
    public void Two_teasers_each_closed_by_its_read_on_link_are_claimed()
    {
        var lines = Lines("A choir sang with two old rock stars", "", FirstExcerpt, "", "READ THE REST", "", "A podcast on the families that run the province", "",
            SecondExcerpt, "", "READ THE REST", "", "About Us");
        Assert.Equal(10, ReadMoreTeaserRun.End(lines, 0, lines.Count));
    }

    [Fact]
    public void The_pictures_name_between_headline_and_excerpt_is_passed()
    {
        var lines = Lines("A choir sang with two old rock stars", "[choir-photo]", FirstExcerpt, "Continue reading »", "A podcast on the families that run the province",
            "[podcast-banner]", SecondExcerpt, "Continue reading »");
        Assert.Equal(7, ReadMoreTeaserRun.End(lines, 0, lines.Count));
    }

    [Fact]
    public void One_read_on_link_under_a_paragraph_is_no_run()
    {
        var lines = Lines("A choir sang with two old rock stars", "", FirstExcerpt, "", "Read more", "", "The concert raised money for the harbour's lifeboat station.");
        Assert.Equal(-1, ReadMoreTeaserRun.End(lines, 0, lines.Count));
    }

    [Fact]
    public void A_paragraph_that_ends_its_sentence_heads_no_teaser()
    {
        var lines = Lines("The choir sang on Sunday.", FirstExcerpt, "Weiterlesen", "A podcast on the families that run the province", SecondExcerpt, "Weiterlesen");
        Assert.Equal(-1, ReadMoreTeaserRun.End(lines, 0, lines.Count));
    }

    [Theory]
    [InlineData("READ THE REST", true)]
    [InlineData("Continue reading →", true)]
    [InlineData("[Lire la suite]", true)]
    [InlineData("Mehr →", true)]
    [InlineData("Mehr Artikel aus der Region", false)]
    [InlineData("Read the rest of the report on the council's site", false)]
    public void A_read_on_link_stands_alone(string line, bool link) => Assert.Equal(link, ReadMoreTeaserRun.IsReadOnLink(line));

    [Fact]
    public void A_blogs_river_of_teasers_under_the_post_is_no_body_and_its_tool_row_counts_the_thread()
    {
        var page = TextPageSplitter.Split($"""
            Hating Mondays - the prejudice you may boast about

            Jane Roe / 10:08 am Fri Jul 19, 2013

            Cartoonist Pat Lee got a spot on the radio for a long, scathing critique of the story about lazy young people, which has gone well beyond the usual territory.

            SHARE / TWEET / 82 COMMENTS

            A choir sang with two old rock stars

            {FirstExcerpt}

            READ THE REST

            A podcast on the families that run the province

            {SecondExcerpt}

            READ THE REST

            """);
        Assert.Equal(["Cartoonist Pat Lee got a spot on the radio for a long, scathing critique of the story about lazy young people, which has gone well beyond the usual territory."], page.BodyParagraphs);
        Assert.Empty(page.Captions);
        Assert.Equal(82, page.DeclaredCommentCount); // the row under the text states the count of a thread the dump left out
    }
}
