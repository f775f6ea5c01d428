using System.Runtime.CompilerServices;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// Every test walks each query the parser answers without a walk (<see cref="CssSelectors"/>), and fails if the walk
/// finds something: a rule that adds an element, class or attribute <see cref="PageFeatures"/> does not list is caught
/// by its own tests and by every labelled page's.
/// </summary>
internal static class WalkAnsweredQueries
{
#pragma warning disable CA2255 // Set before any test runs; no test may run without it.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void TurnOn() => CssSelectors.WalkAnsweredQueries = true;
}
