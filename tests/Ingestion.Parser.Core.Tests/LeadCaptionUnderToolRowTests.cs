using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// "Print | E-mail | Comments (9)" / "Evan Sorensen/Courier-Times" / caption / text: the lead picture's caption printed
/// between the story's tool row (and the picture's credit) and the text, as a browser's text copy gives it.
/// </summary>
public class LeadCaptionUnderToolRowTests
{
    private const string Lede =
        "Brookfield voters will decide in February whether to borrow $38 million to replace the city's oldest elementary school and add 14 classrooms to the high school.";

    private const string Second = "The Board of Education voted 6-1 Wednesday night to put the bond issue on the Feb. 4 special election ballot.";

    private static string Header(string between) =>
        "Brookfield school board puts $38 million bond issue on February ballot\n\nBy Dana Whitlock\n\nPublished Sept. 25, 2013 at 10:52 p.m.\n\n"
        + between + Lede + "\n\n" + Second + "\n";

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");

    [Fact]
    public void A_short_sentence_under_a_credit_under_the_tool_row_is_the_caption()
    {
        var article = Parse(Header("Print | E-mail | Comments (9) | Facebook | Twitter\n\nEvan Sorensen/Courier-Times\n\n"
            + "Parents and teachers listen to a presentation on the bond plan Wednesday night in the high school library.\n\n"));

        Assert.Equal([Lede, Second], article.BodyParagraphs);
        Assert.Contains("Parents and teachers listen to a presentation on the bond plan Wednesday night in the high school library.", article.Captions);
        Assert.Equal("Brookfield school board puts $38 million bond issue on February ballot", article.Title);
    }

    [Fact]
    public void A_longer_caption_over_a_gallery_link_is_the_caption()
    {
        var caption = "Kyle Harnden, a fourth-generation lobsterman, hauled traps near Monhegan Island on Tuesday. The test turbine would sit about two miles from his grounds.";
        var article = Parse(Header("Share\nPrint\nReprints\n\nTomas Ridley for The Hudson Times\n\n" + caption + "\n\nMore Photos »\n\n"));

        Assert.Equal([Lede, Second], article.BodyParagraphs);
    }

    [Fact]
    public void Without_a_credit_a_photographer_in_the_byline_shows_the_picture()
    {
        var article = Parse("The last bookbinder on Maple Street\n\nStory by Priya Castellano · Photos by Ben Achterberg · April 13, 2015\n\n"
            + "Share Tweet Pin it Email\n\nWalter Oyelowo trims the edge of a rebound family Bible at his Maple Street shop.\n\n" + Lede + "\n\n" + Second + "\n");

        Assert.Equal([Lede, Second], article.BodyParagraphs);
    }

    [Fact]
    public void A_short_lede_under_the_tool_row_without_credit_or_photographer_stays()
    {
        var shortLede = "Another Hollywood couple calls it quits after nine years of marriage.";
        var article = Parse(Header("Print | E-mail | Comments (9) | Facebook | Twitter\n\n" + shortLede + "\n\n"));

        Assert.Equal(shortLede, article.BodyParagraphs[0]);
    }

    [Fact]
    public void A_long_lede_under_a_credit_stays()
    {
        // An uncaptioned picture's credit over the lede: a lede longer than a caption (130 characters) stays, over a longer paragraph too.
        var article = Parse(Header("Share 412 Tweet 96 LinkedIn Email\n\nFlickr/Adrian Pell\n\n"));

        Assert.Equal([Lede, Second], article.BodyParagraphs);
        var lede = "If you've booked a domestic flight recently, you may have noticed something new: a fee to pick your seat, even in the back rows of the cabin.";
        var withShortSecond = Parse(Header("Share 412 Tweet 96 LinkedIn Email\n\nFlickr/Adrian Pell\n\n" + lede + "\n\n"));
        Assert.Equal(lede, withShortSecond.BodyParagraphs[0]);
    }

    [Fact]
    public void A_slide_credit_under_its_counter_is_over_the_slides_text()
    {
        var lines = new PageLines(TextLine.Split("View Slideshow ›\n\n1 of 12\n\nPhoto: Imaxtree\n\n"
            + "Milan has always been where the season's big ideas get tested against the real world.\n\n" + Lede + "\n"));

        Assert.False(LeadCaptionUnderToolRow.Is(lines, 6, lines.Count));
    }
}
