using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HiddenClassBoxPictureTests
{
    private static ParsedPage Parse(string panelClass) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <!doctype html><html><head><meta charset="utf-8"><title>Why wool still wins on a cold quay</title></head><body>
        <article><h1>Why wool still wins on a cold quay</h1>
        <div class="article-text">
        <p>Fishermen on the north quay have tried every new fabric the chandlery sells, and most of them went back to wool.</p>
        <p>It stays warm when it is wet, one skipper said, and it does not smell after a week at sea.</p>
        <p>The knitting circle in the harbour hall now makes forty jumpers a winter, most of them to order.</p>
        </div></article>
        <div class="{panelClass}" id="quiz_list">
        <a href="#" class="close x">X</a>
        <h6>Know Your Style</h6>
        <p>Take our quizzes to find the clothes that suit your weather and your work.</p>
        <ul>
        <li class="first">
        <a href="/quizzes/coats"></a>
        <h5>Winter Coat Quiz</h5>
        <div>
        <div class="image"><img alt="Coats_285" src="/img/coats_285.jpg" /></div>
        <div>
        <h4>Which Coat Suits Your Winter?</h4>
        <p>Answer six questions and find the coat that fits your weather.</p>
        <span class="read_more">Take Quiz</span>
        </div>
        </div>
        </li>
        <li class="all_quizzes"><a href="/quizzes">See all 12 quizzes</a></li>
        </ul>
        </div></body></html>
        """), "wool.html");

    [Fact]
    public void A_teaser_card_in_a_panel_classed_hidden_gives_no_caption() => Assert.Empty(Parse("hidden").Captions);

    [Fact]
    public void The_same_card_in_a_shown_panel_is_read_as_before() => Assert.NotEmpty(Parse("slider-list").Captions);
}
