using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PaperLogoLinkTests
{
    private const string Headline = "The hospital deal needs daylight";

    private static string? PaperOf(string logo, string copyright)
    {
        using var document = new HtmlParser().ParseDocument("<html><head><title>Editorial Notebook: " + Headline + "</title></head><body>"
            + logo + "<h1><a href=\"http://notebook.typepad.com/blog/\">Editorial Notebook</a></h1>"
            + "<h3>" + Headline + "</h3><p>Text.</p><p>" + copyright + "</p></body></html>");
        return NewspaperBlog.PaperOf(document, Headline);
    }

    [Fact]
    public void A_text_logo_linking_to_a_front_page_and_named_in_the_copyright_line_is_the_paper()
    {
        Assert.Equal("The Cutler Falls Register", PaperOf(
            "<div class=\"logo\"><a href=\"http://www.cutlerfallsregister.com/\">The Cutler Falls Register</a></div>",
            "Copyright © 2013 The Cutler Falls Register. All rights reserved."));
    }

    [Fact]
    public void A_link_to_a_page_inside_a_site_is_no_logo()
    {
        Assert.Null(PaperOf(
            "<div class=\"logo\"><a href=\"http://www.cutlerfallsregister.com/opinion/\">The Cutler Falls Register</a></div>",
            "Copyright © 2013 The Cutler Falls Register. All rights reserved."));
    }

    [Fact]
    public void A_link_inside_a_sentence_is_no_logo()
    {
        Assert.Null(PaperOf(
            "<p>Read more at <a href=\"http://www.cutlerfallsregister.com/\">The Cutler Falls Register</a> today.</p>",
            "Copyright © 2013 The Cutler Falls Register. All rights reserved."));
    }

    [Fact]
    public void A_logo_the_copyright_line_does_not_name_is_no_paper()
    {
        Assert.Null(PaperOf(
            "<div class=\"logo\"><a href=\"http://www.cutlerfallsregister.com/\">The Cutler Falls Register</a></div>",
            "Copyright © 2013 Marcia Tell."));
    }

    [Theory]
    [InlineData("http://www.paper.com/", true)]
    [InlineData("https://paper.com", true)]
    [InlineData("http://www.paper.com/news/", false)]
    [InlineData("/", false)]
    [InlineData("http://www.paper.com/?p=12", false)]
    public void Only_the_absolute_address_of_a_site_root_is_a_front_page(string href, bool expected)
    {
        Assert.Equal(expected, PaperLogoLink.IsFrontPage(href));
    }
}
