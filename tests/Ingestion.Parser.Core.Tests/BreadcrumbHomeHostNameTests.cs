using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BreadcrumbHomeHostNameTests
{
    private static ParsedPage Parse(string home) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!doctype html><html><head><meta charset="utf-8"><title>| Pantry Notes</title>
        <link rel="canonical" href="http://www.larderhub.com/blogs/pantry/pickled-pears/"></head>
        <body><header><nav><ul><li><a href="#"><span>Browse</span></a></li><li><a href="http://www.larderhub.com/"></a></li></ul>
        <ul><li><a href="#">Recipe Groups</a> <a>Browse</a></li></ul></nav></header>
        <article><div class="post"><ul class="breadcrumbs"><li>{{home}}</li><li><a href="http://www.larderhub.com/blogs/pantry/">Pantry Notes</a></li></ul>
        <h1>Pickled Pears for the Winter Cupboard</h1><p class="byline"><a rel="author" href="/author/ml/">Mira Lund</a> | October 4, 2014</p>
        <p>Firm pears take a spiced vinegar well, and a jar opened in January tastes of the autumn they were picked in.</p>
        <p>Slice them thin, pack them tight, and leave the jars in a dark cupboard for three weeks before opening one.</p>
        </div></article></body></html>
        """), "pears.html");

    [Fact]
    public void A_trails_first_crumb_linking_home_and_spelling_the_host_is_the_site() =>
        Assert.Equal("LarderHub.com", Parse("<a href=\"http://www.larderhub.com\">LarderHub.com</a>").Site);

    [Fact]
    public void A_home_crumb_that_spells_no_host_names_no_site() =>
        Assert.NotEqual("Home", Parse("<a href=\"http://www.larderhub.com\">Home</a>").Site);

    [Fact]
    public void A_crumb_spelling_the_host_but_linking_elsewhere_names_no_site() =>
        Assert.NotEqual("LarderHub.com", Parse("<a href=\"http://www.larderhub.com/blogs/\">LarderHub.com</a>").Site);
}
