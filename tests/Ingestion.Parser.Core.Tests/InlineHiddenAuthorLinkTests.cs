using System.Text;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InlineHiddenAuthorLinkTests
{
    [Theory]
    [InlineData("<a href=\"https://social.example/1123\" rel=\"author\" style=\"display:none;\">Harbour Labs</a>", true)]
    [InlineData("<a href=\"https://social.example/1123\" rel=\"author\" style=\"color: red; display: none\">Harbour Labs</a>", true)]
    [InlineData("<a href=\"/authors/dana\" rel=\"author\">Dana Reyes</a>", false)]
    [InlineData("<span class=\"author\" style=\"display:none\">Dana Reyes</span>", false)]
    public void Only_an_author_link_hidden_by_its_own_style_is_no_byline(string markup, bool hidden)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");

        Assert.Equal(hidden, InlineHiddenAuthorLink.Is(document.Body!.FirstElementChild!));
    }

    [Fact]
    public void The_post_signs_with_the_name_shown_in_its_text_not_the_hidden_profile_link()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Harbour Labs Blog: Sensor Kit Preview 3</title><meta content="Harbour Labs Blog" property="og:site_name"></head><body>
            <div class="post" itemscope="" itemtype="http://schema.org/BlogPosting"><h2 class="title" itemprop="name">Sensor Kit Preview 3</h2>
            <div class="post-body"><div class="post-content" itemprop="articleBody">
            <em>Posted by <a href="https://social.example/+DanaReyes">Dana Reyes</a>, Developer Advocate for Sensors</em>
            <p>Today we are releasing the third preview of the sensor kit, with support for two more boards and a faster build.</p>
            <p>The preview also fixes the clock drift that many of you reported, and adds a guide to calibrating the sensors.</p>
            </div></div>
            <div class="post-footer"><a href="https://social.example/1123" rel="author" style="display:none;">Harbour Labs</a></div>
            </div></body></html>
            """), "post.html");

        Assert.Equal(["Dana Reyes"], page.Authors);
    }
}
