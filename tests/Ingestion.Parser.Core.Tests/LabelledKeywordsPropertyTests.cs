using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelledKeywordsPropertyTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Job board data shows demand for accessibility skills</title></head><body>
        <article itemscope itemtype="http://schema.org/BlogPosting">
        <h1 itemprop="headline">Job board data shows demand for accessibility skills</h1>
        <div class="entry-content" itemprop="articleBody">
        <p>A job board's yearly report ranks accessibility testing among the fastest growing skills employers ask for, ahead of several frameworks.</p>
        <p>The report compares two years of listings from about two hundred companies and names the skills whose demand rose or fell the most.</p>
        </div>
        <footer class="entry-footer">{row}</footer>
        </article></body></html>
        """), "post.html");

    [Fact]
    public void The_label_before_the_rows_links_is_no_part_of_the_first_tag()
    {
        var page = Parse("<span class=\"entry-terms post_tag\" itemprop=\"keywords\">Tagged <a href=\"/tag/hiring\" rel=\"tag\">hiring</a>, <a href=\"/tag/accessibility\" rel=\"tag\">accessibility</a></span>");

        Assert.Equal(["hiring", "accessibility"], page.Tags);
    }

    [Fact]
    public void A_row_without_a_label_reads_as_before()
    {
        var page = Parse("<span itemprop=\"keywords\"><a href=\"/tag/hiring\" rel=\"tag\">hiring</a>, <a href=\"/tag/accessibility\" rel=\"tag\">accessibility</a></span>");

        Assert.Equal(["hiring", "accessibility"], page.Tags);
    }
}
