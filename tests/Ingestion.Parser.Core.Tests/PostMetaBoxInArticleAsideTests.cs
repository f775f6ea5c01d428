using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PostMetaBoxInArticleAsideTests
{
    private const string DataBox = """
        <aside class="postData"><dl><dt>Datum</dt><dd>03.04.2019</dd><dt>Kategorie</dt><dd><a href="garten/">Garten</a></dd>
        <dt>Schlagworte</dt><dd class="tag"><a href="tags?tag=Beete">Beete</a></dd><dd class="tag"><a href="tags?tag=Nachbarn">Nachbarn</a></dd></dl></aside>
        """;

    private const string Rail = """
        <aside class="blogRail"><h3>Schlagworte</h3><ul><li><a href="tags?tag=Beete">Beete</a> (4)</li><li><a href="tags?tag=Kompost">Kompost</a> (2)</li></ul></aside>
        """;

    [Fact]
    public void A_tag_list_in_the_posts_data_box_inside_its_article_is_the_posts()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><article><header><h2>Beete teilen</h2></header>" + DataBox
            + "<p>Wer ein Beet mit anderen teilt, sollte vorher einiges klären.</p></article>" + Rail + "</body></html>");

        Assert.Equal(["Beete", "Nachbarn"], LabelledTagLinks.Find(document));
    }

    [Fact]
    public void The_same_list_in_an_aside_beside_the_article_is_a_rail()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><article><header><h2>Beete teilen</h2></header>"
            + "<p>Wer ein Beet mit anderen teilt, sollte vorher einiges klären.</p></article>" + DataBox + Rail + "</body></html>");

        Assert.Empty(LabelledTagLinks.Find(document));
        Assert.False(PostMetaBoxInArticle.Holds(document.QuerySelector("dd.tag")!));
    }
}
