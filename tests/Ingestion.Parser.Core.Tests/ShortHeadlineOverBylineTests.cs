using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShortHeadlineOverBylineTests
{
    private static PageLines Lines(params string[] lines) => new(TextLine.Split(string.Join('\n', lines)));

    [Fact]
    public void A_headline_that_reads_as_a_button_over_a_dated_byline_is_found()
    {
        var lines = Lines("Weiterlesen", "12.03.2013, 09:15 von lindner_m", "Neulich stand ich an der Haltestelle, als ein Bus mit einem Sofa auf dem Dach vorbeifuhr.");

        Assert.Equal(0, ShortHeadlineOverByline.Find(lines, 2));
    }

    [Fact]
    public void No_byline_or_a_sentence_over_it_gives_none()
    {
        Assert.Equal(-1, ShortHeadlineOverByline.Find(Lines("Weiterlesen", "12.03.2013, 09:15", "Neulich stand ich an der Haltestelle."), 2));
        Assert.Equal(-1, ShortHeadlineOverByline.Find(Lines("Das war ein schöner Tag.", "12.03.2013, 09:15 von lindner_m", "Neulich stand ich an der Haltestelle."), 2));
    }

    [Fact]
    public void A_blog_post_under_such_a_headline_gets_its_writer_and_time()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Weiterlesen &#8211; sofablog</title></head><body>
            <div id="main_menu"><ul class="links"><li><a href="/">Blog</a></li><li><a href="/archiv">Archiv</a></li><li><a href="/impressum">Impressum</a></li></ul></div>
            <div id="content" class="narrowcolumn"><div class="post" id="post-77">
            <h1><a href="/2013/03/12/weiterlesen/" rel="bookmark">Weiterlesen</a></h1>
            <small>12.03.2013, 09:15 von lindner_m</small>
            <div class="entry"><p>Neulich stand ich an der Haltestelle, als ein Bus mit einem Sofa auf dem Dach vorbeifuhr, ordentlich festgezurrt.</p>
            <p>Der Fahrer winkte, als wäre das die normalste Sache der Welt, und vielleicht ist sie das ja auch.</p>
            <div class="entryfooter"><p>Tags: <a href="/tag/bus/" rel="tag">Bus</a>, <a href="/tag/sofa/" rel="tag">Sofa</a></p>
            <p><a href="/2013/03/12/weiterlesen/feed/">Comments RSS</a> | <a href="/2013/03/12/weiterlesen/trackback/">Trackback URI</a></p></div></div></div></div>
            </body></html>
            """), "page.html");

        Assert.Equal(["lindner_m"], page.Authors);
        Assert.Equal("2013-03-12T09:15:00", page.PublishedAt);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
