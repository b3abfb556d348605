namespace DesaBinaan.Core.Scopes;

/// <summary>What kind of act set the state of a scope.</summary>
public enum ScopeBasisKind
{
    /// <summary>A meeting (its outcome or its minutes).</summary>
    Meeting = 0,

    /// <summary>A signed agreement (MoU, PKS or Perjanjian Bersama) or one of its versions.</summary>
    Agreement = 1,

    /// <summary>Another decision of the parties, such as a letter suspending an activity.</summary>
    Decision = 2,
}
