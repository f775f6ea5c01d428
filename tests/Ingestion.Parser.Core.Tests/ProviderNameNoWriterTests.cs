using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ProviderNameNoWriterTests
{
    private const string Page = """
        <html><head><title>Ferry fares to rise in spring</title></head><body>
        <div id="Main"><header class="canvas-header"><h1>Ferry fares to rise in spring</h1></header>
        <div class="auth-attr"><div class="auth-prov-soc"><span class="provider"><span class="provider-name">Harbour Gazette</span></span><i aria-hidden="true">&#x2022;</i><time class="date" datetime="2016-10-03T05:00:00Z">October 3, 2016</time></div></div>
        <article class="canvas-body">
        <p class="canvas-text">The island ferry company will raise its fares by four per cent in the spring, the harbour board was told on Monday evening.</p>
        </article></div></body></html>
        """;

    [Fact]
    public void The_provider_a_portal_names_over_the_date_is_no_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "fares.html");
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_name_in_a_box_of_another_class_still_signs_the_story()
    {
        var html = Page.Replace("<span class=\"provider\"><span class=\"provider-name\">Harbour Gazette</span></span>", "<span class=\"writer\"><span class=\"writer-name\">Mara Quist</span></span>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "fares.html");
        Assert.Equal(["Mara Quist"], page.Authors);
    }
}
