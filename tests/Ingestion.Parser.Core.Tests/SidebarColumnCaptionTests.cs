using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SidebarColumnCaptionTests
{
    private static ParsedPage Parse(string sidebar) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>pickled radish slaw | the narrow pantry</title></head>
        <body><div id="page"><div id="header"><h1><a href="https://pantry.example/">the narrow pantry</a></h1></div>
        <div id="content"><div class="post" id="post-4411">
        <div class="date">Tuesday, June 14, 2016</div><h2><a href="https://pantry.example/2016/06/pickled-radish-slaw/" rel="bookmark">pickled radish slaw</a></h2>
        <div class="entry">
        <p>Every June the radishes at the corner market get out of hand, and every June I buy far too many of them because they are the first crunchy thing of the year.</p>
        <p>This slaw keeps for three days in the fridge, gets better on the second, and goes with almost anything you would put on a grill this summer.</p>
        <p>Slice the radishes as thin as you can, salt them for ten minutes, then toss them with the vinegar, the sugar and a handful of dill.</p>
        </div></div></div>
        {sidebar}
        </div></body></html>
        """), "slaw.html", "text/html");

    private const string Column = """
        <div id="sidebar" class="alignleft"><ul>
        <li>June Agenda<ul>
        <li><a href="/category/radishes/"><img src="/uploads/radishes-sidebar.jpg" alt="Radishes"></a></li><center><figcaption>Radishes</figcaption></center><br />
        <li><a href="/category/peas/"><img src="/uploads/peas-sidebar.jpg" alt="Peas"></a></li><center><figcaption>Spring peas</figcaption></center><br />
        </ul></li>
        <li>Recently<ul><li><a href="/2016/06/pickled-radish-slaw/">pickled radish slaw</a></li></ul></li>
        </ul></div>
        """;

    [Fact]
    public void A_caption_in_the_bare_sidebar_column_beside_the_post_is_no_caption()
    {
        var captions = Parse(Column).Captions;
        Assert.DoesNotContain("Radishes", captions);
        Assert.DoesNotContain("Spring peas", captions);
    }

    [Fact]
    public void A_box_named_sidebar_inside_the_post_keeps_its_caption() =>
        Assert.Contains("A crate of radishes at the corner market.", PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>pickled radish slaw | the narrow pantry</title></head>
            <body><div id="content"><div class="post" id="post-4411"><h2>pickled radish slaw</h2>
            <div class="entry">
            <p>Every June the radishes at the corner market get out of hand, and every June I buy far too many of them because they are the first crunchy thing of the year.</p>
            <div id="sidebar"><figure><img src="/uploads/crate.jpg" alt=""><figcaption>A crate of radishes at the corner market.</figcaption></figure></div>
            <p>This slaw keeps for three days in the fridge, gets better on the second, and goes with almost anything you would put on a grill this summer.</p>
            <p>Slice the radishes as thin as you can, salt them for ten minutes, then toss them with the vinegar, the sugar and a handful of dill.</p>
            </div></div></div></body></html>
            """), "slaw.html", "text/html").Captions);
}
