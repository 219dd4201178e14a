"""The colours of the feedback's pictures and of the class summary: a blue/orange pair that
colour-blind readers tell apart."""

BLUE, ORANGE, INK, GREY = "#2b6cb0", "#dd6b20", "#1a202c", "#a0aec0"
LOW_FILL, HIGH_FILL = "#dbe8f6", "#fbe3cf"  # a gate's two sides: silent, firing
WRONG, NOT_A_NUMBER = "#c53030", "#9aa5b1"  # the ring around a point on the wrong side; NaN in a surface
