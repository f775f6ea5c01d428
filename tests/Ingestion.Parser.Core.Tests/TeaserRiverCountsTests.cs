using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserRiverCountsTests
{
    private const string Article = """
        Town council backs the new ferry timetable

        Kommentare lesen 45 Beiträge

        The town council voted on Tuesday for the ferry timetable that the harbour office had proposed in the spring.

        Boats will leave every half hour from May, and the last crossing of the night moves from ten to eleven o'clock.

        Zur Startseite

        """;

    private const string River = """
        Harbour fees: what changes for the fishing fleet next year
        The harbour office wants to raise mooring fees, and the fishermen's union has asked for talks first.

        14 Kommentare

        School photos banned? Why some nurseries now forbid cameras
        Parents want memories of the first school day, but several nurseries have put up signs that ban all photos.

        160 Kommentare

           Harbour Media
             * Shop
             * Press

             * Privacy
             * Imprint

             * Hosted by Northline
             * Copyright © 2019 Harbour Media
        """;

    private static ParsedPage Parse(string page) => PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.txt");

    [Fact]
    public void Counts_under_two_teasers_blurbs_open_no_thread_and_end_the_article()
    {
        var page = Parse(Article + River);

        Assert.Empty(page.Comments);
        Assert.Equal(45, page.DeclaredCommentCount);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("nurseries", StringComparison.Ordinal) || paragraph.Contains("Copyright", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_count_of_the_river_is_found_from_either_side()
    {
        var lines = new PageLines(TextLine.Split(River));
        var first = Enumerable.Range(0, lines.Count).First(i => lines[i].Text == "14 Kommentare");
        var second = Enumerable.Range(0, lines.Count).First(i => lines[i].Text == "160 Kommentare");

        Assert.True(TeaserRiverCounts.Is(lines, first, declared: 45));
        Assert.True(TeaserRiverCounts.Is(lines, second, declared: 45));
    }

    [Fact]
    public void The_pages_own_count_under_its_text_opens_the_thread()
    {
        var page = Parse(Article + """
            45 Kommentare

            Greta Holm
            12.03.2019 10:14
            The late boat will help everyone who works in the city.

            Jonas Berg
            12.03.2019 11:02
            Finally, after years of asking for it.

            """);

        Assert.Equal(2, page.Comments.Count);
    }

    [Fact]
    public void A_lone_count_under_a_blurb_stays_a_heading()
    {
        var lines = new PageLines(TextLine.Split("""
            The harbour office wants to raise mooring fees, and the fishermen's union has asked for talks first.

            14 Kommentare

            Greta Holm
            12.03.2019 10:14
            """));

        Assert.False(TeaserRiverCounts.Is(lines, 2, declared: null));
    }
}
