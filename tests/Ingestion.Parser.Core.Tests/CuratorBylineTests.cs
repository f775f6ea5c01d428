using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CuratorBylineTests
{
    [Fact]
    public void A_curator_label_before_the_name_is_no_part_of_it()
    {
        const string html = """
            <html><head><meta charset="utf-8"><title>What the ferry dog thinks of its skipper</title>
            <meta property="og:site_name" content="Harbour Clips"></head><body>
            <article><header><h1>What the ferry dog thinks of its skipper</h1>
            <div id="byline"><div class="author-wrap"><address>
              <a href="/mara-lind" id="avatar"><img alt="Mara Lind" src="/a/mara.jpg"></a>
              Curator:
              <a href="/mara-lind" rel="author" class="name">
                Mara Lind
              </a>
            </address></div></div></header>
            <p>Every skipper who needs a dog on the bridge should have one, and this one has the best of them all.</p>
            <p>The crew says the dog knows the tide tables better than the mate does, and nobody on board disputes it.</p>
            </article></body></html>
            """;
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry-dog.html", "text/html");
        Assert.Equal(["Mara Lind"], page.Authors);
    }

    [Theory]
    [InlineData("Curator: Mara Lind", "Mara Lind")]
    [InlineData("Curated by Mara Lind", "Mara Lind")]
    public void The_label_is_cut_from_a_byline(string line, string expected) =>
        Assert.Equal([expected], BylineParser.TryRead(line));
}
