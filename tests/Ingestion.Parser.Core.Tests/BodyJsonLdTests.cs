using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BodyJsonLdTests
{
    private const string Article = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Dredging"}</script>""";

    [Fact]
    public void Cuts_out_each_json_ld_script_after_the_start()
    {
        var html = $"<head>{Article}</head><body><p>Text</p>{Article}<div>More</div><SCRIPT TYPE='application/ld+json'>{{}}</SCRIPT></body>";

        var scripts = BodyJsonLd.Scripts(html, html.IndexOf("<body", StringComparison.Ordinal));

        Assert.Equal(Article + "<SCRIPT TYPE='application/ld+json'>{}</script>", scripts);
    }

    [Fact]
    public void A_mention_in_text_or_in_another_script_is_no_json_ld()
    {
        const string html = """
            <body><p>Sites describe articles as application/ld+json objects.</p>
            <script>var kind = "application/ld+json";</script></body>
            """;

        Assert.Equal("", BodyJsonLd.Scripts(html, 0));
    }

    [Fact]
    public void An_unclosed_script_ends_the_search()
    {
        Assert.Equal("", BodyJsonLd.Scripts("""<body><script type="application/ld+json">{"@type":""", 0));
    }
}
