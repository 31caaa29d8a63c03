package fr.cress.relais.territory.ui;

/**
 * One circle a {@link MarkedLayer} has drawn into the coverage layer's image: an organisation, a point of an
 * overlay. Its place is given at zoom 0 (world pixels of Web Mercator, {@link ShapeCache#mercatorX}) so that the
 * same mark serves every zoom; {@code dx, dy} move it apart from others at the same place, in screen pixels.
 *
 * @param item  what the mark stands for (handed back to its layer on hover and click)
 * @param style index of its look in the layer's {@link MarkStyle}s
 * @param label text written in its centre, or empty
 */
record MapMark(Object item, double x0, double y0, double dx, double dy, double radius, int style, String label) {

    static MapMark at(Object item, double lat, double lon, double dx, double dy, double radius, int style,
                      String label) {
        return new MapMark(item, ShapeCache.mercatorX(lon), ShapeCache.mercatorY(lat), dx, dy, radius, style, label);
    }

    /** The centre's x in world pixels at a zoom whose world is {@code scale} × 256 pixels wide. */
    double x(double scale) {
        return x0 * scale + dx;
    }

    double y(double scale) {
        return y0 * scale + dy;
    }
}
