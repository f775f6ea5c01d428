using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReadLinkLabelTests
{
    [Theory]
    [InlineData("Lire le décryptage (édition abonnés) : Les sanctions contre l'Iran, un édifice difficile à démonter", true)]
    [InlineData("Read our explainer: What the Iran sanctions cover", true)]
    [InlineData("Lesen Sie auch das Interview: Was die Sanktionen bedeuten", true)]
    [InlineData("Read the statement, which the council released on Monday: It was signed by forty members", false)]
    [InlineData("Read the full statement: the council says it was misled.", false)]
    [InlineData("Lire le rapport de la Cour des comptes, publié mardi : il est accablant.", false)]
    [InlineData("Read more about it", false)]
    [InlineData("Read Part 1: The valley's wells are going dry. Here's the map.", true)]
    [InlineData("Read the report: The valley's wells are going dry. Here's the map.", false)]
    public void A_reading_label_then_a_colon_and_a_headline_is_a_link(string line, bool isLink) =>
        Assert.Equal(isLink, ReadLinkLabel.Is(line));

    [Theory]
    [InlineData("Lire : Pourquoi les bus de nuit disparaissent des petites villes ?", true)]
    [InlineData("Lire : Comment la ville a perdu sa dernière librairie", true)]
    [InlineData("Lisez : Qui veut encore reprendre la boulangerie du village ?", true)]
    [InlineData("Lire : il faut d'abord comprendre. Pourquoi maintenant ?", false)]
    [InlineData("Lire : trop tard", false)]
    [InlineData("Lire, écrire : voilà ce que demandent les parents d'élèves ?", false)]
    public void The_bare_verb_before_the_colon_labels_a_link_whose_headline_may_ask_a_question(string line, bool isLink) =>
        Assert.Equal(isLink, ReadLinkLabel.Is(line));
}
