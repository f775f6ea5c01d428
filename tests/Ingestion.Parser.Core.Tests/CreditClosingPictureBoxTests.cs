using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditClosingPictureBoxTests
{
    private static ParsedPage Story(string pictureBox) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Ferry timetable changes for winter - The Harbour Ledger</title>
        <meta property="og:site_name" content="The Harbour Ledger"></head>
        <body><h1>Ferry timetable changes for winter</h1><p class="byline"><span>Maren Tollefsen</span></p>
        <div id="storyContent"><div class="storyImage">{{pictureBox}}<p class="caption">Early crossing: the first boat will leave at half past seven</p></div>
        <p>The ferry to the islands will run four times a day from November, the operator said on Monday.</p>
        <p>The early crossing moves to half past seven, which the fishermen of the outer islands had asked for.</p>
        <p>The last crossing of the day will leave the harbour at six in the evening, an hour earlier than in summer.</p></div>
        </body></html>
        """), "story.html");

    [Fact]
    public void A_credit_closing_the_picture_box_over_the_caption_is_an_entry_before_it()
    {
        var page = Story("""<span class="story-image"><img alt="The ferry at the quay" src="/ferry.jpg" /><span class="credit">©Ola Brekke</span></span>""");

        Assert.Equal(["©Ola Brekke", "Early crossing: the first boat will leave at half past seven"], page.Captions);
    }

    [Fact]
    public void A_picture_box_closing_on_a_line_that_is_no_credit_gives_no_entry_before_the_caption()
    {
        var page = Story("""<span class="story-image"><img alt="The ferry at the quay" src="/ferry.jpg" /><span class="zoom">Enlarge</span></span>""");

        Assert.DoesNotContain("Enlarge", page.Captions);
        Assert.Equal("Early crossing: the first boat will leave at half past seven", page.Captions[0]);
    }
}
