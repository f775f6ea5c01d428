using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HomePageAfterAuthorTests
{
    [Theory]
    [InlineData("Jane Q. Ostrander (http://example.org/jqo/)", "Jane Q. Ostrander")]
    [InlineData("Jane Q. Ostrander <https://example.org/>", "Jane Q. Ostrander")]
    [InlineData("Jane Q. Ostrander (Harbour Office)", "Jane Q. Ostrander (Harbour Office)")]
    [InlineData("Harbour Radio (www.example.org)", "Harbour Radio (www.example.org)")]
    [InlineData("http://example.org/ (http://example.org/)", "http://example.org/ (http://example.org/)")]
    public void The_home_page_in_brackets_after_the_name_is_no_part_of_it(string meta, string author) =>
        Assert.Equal(author, HomePageAfterAuthor.Without(meta));

    [Fact]
    public void A_personal_sites_author_meta_and_its_name_keywords()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>On Leaving the Harbour Board - Jane Q. Ostrander ( Jane ) ( jqo )</title>
            <meta content="Jane Q. Ostrander (http://example.org/jqo/)" name="author" />
            <meta content="ostrander, jane, jqo, sailing, tides, lighthouses, harbour" name="Keywords" /></head><body>
            <div id="sidebar"><p><a href="/jqo">Jane Q. Ostrander</a></p><ul><li><a href="/jqo/contact">Contact</a></li><li><a href="/jqo/blog">Blog</a></li></ul></div>
            <div id="post"><h1>On Leaving the Harbour Board</h1>
            <p>The last month has been a difficult one for the harbour community and for me, and many of you have asked me to say something.</p>
            <p>I stayed silent because I sat on the board until two days ago, and the board asked all of us to leave the talking to its officers.</p>
            </div></body></html>
            """), "post.html");

        Assert.Equal(["Jane Q. Ostrander"], page.Authors);
        Assert.Empty(page.Tags);
    }
}
