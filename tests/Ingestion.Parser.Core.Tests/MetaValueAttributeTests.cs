using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A head whose meta tags carry `value` where `content` belongs, as a reader tool's saved copy has it.</summary>
public class MetaValueAttributeTests
{
    private static ParsedPage Parse(string head) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Ferry fares rise in spring | Le Courrier</title>
        {head}
        </head><body>
        <a class="logo" href="/"><img src="/logo.svg" alt="Retour à l'accueil du Courrier Riverain"></a>
        <h1>Ferry fares rise in spring</h1>
        <div class="story"><p>The river ferry will charge a dollar more from April, the operator said on Tuesday after a meeting with the town council.</p>
        <p>Commuters who cross twice a day said the rise would cost them more than forty dollars a month by the summer.</p></div>
        </body></html>
        """), "page.html");

    [Fact]
    public void The_site_name_in_a_value_attribute_names_the_site()
    {
        var page = Parse("""<meta value="Le Courrier Riverain" name="og:site_name"><meta value="article" name="og:type">""");

        Assert.Equal("Le Courrier Riverain", page.Site);
    }

    [Fact]
    public void The_published_time_in_a_value_attribute_dates_the_story()
    {
        var page = Parse("""<meta value="2016-03-08T09:15:00+00:00" name="article:published_time">""");

        Assert.Equal("2016-03-08T09:15:00+00:00", page.PublishedAt);
    }

    [Fact]
    public void A_content_attribute_wins_over_a_value_beside_it()
    {
        var page = Parse("""<meta property="og:site_name" content="Le Courrier Riverain" value="Courrier">""");

        Assert.Equal("Le Courrier Riverain", page.Site);
    }
}
