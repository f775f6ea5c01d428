using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BlogNameBesidePaperTests
{
    private const string Note = "Editorial Notebook is written by members of the Register's editorial board.";

    private static ParsedPage Parse(string copyright, string lastParagraph) =>
        PageParser.Parse(Encoding.UTF8.GetBytes("<html><head><title>Editorial Notebook: The hospital deal needs daylight</title></head><body>"
            + "<div class=\"logo\"><a href=\"http://www.cutlerfallsregister.com/\">The Cutler Falls Register</a></div>"
            + "<h1><a href=\"http://notebook.typepad.com/blog/\">Editorial Notebook</a></h1>"
            + "<div class=\"entry\"><h3 class=\"entry-header\">The hospital deal needs daylight</h3><div class=\"entry-body\">"
            + "<p>Cutler Falls Memorial has been this town's hospital since 1921, and its board now wants to sell it to a chain.</p>"
            + "<p>Here is what we know so far about the sale, and what the trustees have refused to tell the public.</p>"
            + "<p>The trustees should release the letter of intent now and hold their own public meeting in October.</p>"
            + "<p>" + lastParagraph + "</p></div></div>"
            + "<p>" + copyright + "</p></body></html>"), "snapshot.html");

    [Fact]
    public void The_blog_describing_itself_under_the_text_of_a_paper_hosted_blog_is_no_paragraph()
    {
        var page = Parse("Copyright © 2013 The Cutler Falls Register. All rights reserved.", Note);
        Assert.Equal("The Cutler Falls Register", page.Site);
        Assert.DoesNotContain(Note, page.BodyParagraphs);
    }

    [Fact]
    public void A_closing_paragraph_about_something_else_stays()
    {
        const string closing = "The board meets next on October 8 at 7 p.m. in the district office on Mill Road.";
        var page = Parse("Copyright © 2013 The Cutler Falls Register. All rights reserved.", closing);
        Assert.Equal(closing, page.BodyParagraphs[^1]);
    }
}
