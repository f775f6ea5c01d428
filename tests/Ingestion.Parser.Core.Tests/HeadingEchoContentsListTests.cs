using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadingEchoContentsListTests
{
    private static ParsedPage Parse(string contents) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Der Schlaf und die Nacht | Gesundblatt</title>
        <meta property="og:site_name" content="Gesundblatt"></head><body>
        <div class="node"><h1>Der Schlaf und die Nacht</h1></div>
        <div class="view-content"><span class="field-content">
        {contents}
        <p>Der Schlaf ist eine Zeit der Ruhe, in der der Körper sich erholt und das Gehirn die Eindrücke des Tages ordnet und speichert.</p>
        <h2 data-toc-id="a1">Was ist der Schlaf?</h2>
        <p>Im Schlaf sinkt der Puls, die Atmung wird ruhiger und die Muskeln entspannen sich, während das Gehirn weiter arbeitet.</p>
        <h2 data-toc-id="a2">Schlaf gestört: Ursachen</h2>
        <p>Lärm, Licht und Sorgen halten viele Menschen wach, und manche Medikamente stören den Schlaf zusätzlich in der Nacht.</p>
        <h2 data-toc-id="a3">Wie viel Schlaf braucht man?</h2>
        <p>Erwachsene brauchen meist sieben bis neun Stunden, Kinder deutlich mehr, und ältere Menschen schlafen oft etwas kürzer.</p>
        </span></div></body></html>
        """), "schlaf.html");

    [Fact]
    public void A_list_whose_entries_are_the_headings_further_down_is_a_contents_list_and_no_body()
    {
        var page = Parse("""
            <div class="contents-wrapper">
            <h2 class="contents-headline">Inhaltsverzeichnis</h2>
            <ol>
            <li data-scroll-id="a1"><span>Was ist der Schlaf?</span></li>
            <li data-scroll-id="a2"><span>Schlaf gestört: Ursachen</span></li>
            <li data-scroll-id="a3"><span>Wie viel Schlaf braucht man?</span></li>
            </ol>
            </div>
            """);

        Assert.Equal("Der Schlaf ist eine Zeit der Ruhe, in der der Körper sich erholt und das Gehirn die Eindrücke des Tages ordnet und speichert.", page.BodyParagraphs[0]);
        Assert.Single(page.BodyParagraphs, paragraph => paragraph == "Was ist der Schlaf?");
        Assert.DoesNotContain("Inhaltsverzeichnis", page.BodyParagraphs);
        Assert.Equal(7, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_list_with_an_entry_that_is_no_heading_stays_in_the_text()
    {
        var page = Parse("""
            <p>Drei Fragen stellen sich alle, die schlecht schlafen, und dazu kommt eine Sorge, die fast jeder kennt:</p>
            <ul>
            <li>Was ist der Schlaf?</li>
            <li>Schlaf gestört: Ursachen</li>
            <li>Warum wache ich immer um vier Uhr auf?</li>
            </ul>
            """);

        Assert.Contains("Warum wache ich immer um vier Uhr auf?", page.BodyParagraphs);
        Assert.Contains("Schlaf gestört: Ursachen", page.BodyParagraphs.Take(4));
    }
}
