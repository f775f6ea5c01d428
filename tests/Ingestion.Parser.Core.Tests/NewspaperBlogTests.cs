using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NewspaperBlogTests
{
    private const string Headline = "Farewell to the Blue Plate";

    private static string? PaperOf(string documentTitle)
    {
        using var document = new HtmlParser().ParseDocument("<html><head><title>" + documentTitle + "</title></head><body>"
            + "<a class=\"paper-logo\" href=\"http://www.example.com/\"><img src=\"/logo.png\" alt=\"The Cass County Ledger\"></a>"
            + "<h1>" + Headline + "</h1><p>Text.</p><p class=\"copyright\">Copyright © 2013 The Cass County Ledger. All rights reserved.</p></body></html>");
        return NewspaperBlog.PaperOf(document, Headline);
    }

    [Fact]
    public void The_paper_after_the_blog_name_behind_the_headline_is_the_site()
    {
        Assert.Equal("The Cass County Ledger", PaperOf(Headline + " - Table Talk - The Cass County Ledger"));
    }

    [Fact]
    public void The_blog_name_before_the_headline_still_reads()
    {
        Assert.Equal("The Cass County Ledger", PaperOf("Table Talk: " + Headline));
    }

    [Fact]
    public void One_name_after_the_headline_is_no_blog_of_a_paper()
    {
        Assert.Null(PaperOf(Headline + " - Table Talk"));
    }
}
